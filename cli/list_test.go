package cli_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// listJournal holds a few interviews that tell the filters apart.
func listJournal(t *testing.T) string {
	t.Helper()
	return seedJournal(t,
		journal.Interview{Company: "Acme Widgets", Role: "Backend engineer", Date: journal.NewDate(2025, 1, 20), Stage: journal.StageFirst,
			Outcome: journal.Outcome{Status: journal.StatusNextRound}, MoodAfter: 4, Authenticity: 3, Tags: []string{"remote"},
			Lessons: []string{"Practise the salary range out loud"}},
		journal.Interview{Company: "Globex", Role: "Platform lead", Date: journal.NewDate(2025, 3, 2), Stage: journal.StageFinal,
			Outcome: journal.Outcome{Status: journal.StatusRejected}, MoodAfter: 2, Tags: []string{"remote", "referral"},
			Curveballs: []journal.Curveball{{Question: "Why are you leaving?", Answer: "I rambled"}}},
		journal.Interview{Company: "Initech \x1b[31mRed", Role: "Data analyst", Date: journal.NewDate(2025, 6, 30), Stage: journal.StageScreen,
			Fit: "The salary was far below the range they posted"},
		journal.Interview{Company: "Acme Widgets", Role: "Staff engineer", Date: journal.NewDate(2025, 7, 1), Stage: journal.StageFinal,
			Outcome: journal.Outcome{Status: journal.StatusOffer}, MoodAfter: 5, Authenticity: 5},
	)
}

func TestListPlain(t *testing.T) {
	db := listJournal(t)
	out, errOut, code := execCLI(t, db, "", "list")
	if code != cli.ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Fatal("an escape sequence from the journal reached the output")
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want a header and 4 rows:\n%s", len(lines), out)
	}
	// Every column starts where its title does.
	for _, col := range []string{"DATE", "COMPANY", "ROLE", "STAGE", "OUTCOME"} {
		at := strings.Index(lines[0], col)
		for _, l := range lines[1:] {
			if at >= len(l) || l[at-1] != ' ' || l[at-2] != ' ' {
				t.Fatalf("column %s is not aligned in %q", col, l)
			}
		}
	}
	golden.RequireEqual(t, []byte(out))
}

func TestListNewestFirstAndSort(t *testing.T) {
	db := listJournal(t)
	dates := func(out string) []string {
		var d []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			d = append(d, strings.Fields(l)[1])
		}
		return d
	}
	out, _, _ := execCLI(t, db, "", "list", "--plain")
	if got := dates(out); !slices.Equal(got, []string{"2025-07-01", "2025-06-30", "2025-03-02", "2025-01-20"}) {
		t.Fatalf("dates %v, want newest first", got)
	}
	out, _, _ = execCLI(t, db, "", "list", "--plain", "--sort", "company")
	if got := dates(out); !slices.Equal(got, []string{"2025-07-01", "2025-01-20", "2025-03-02", "2025-06-30"}) {
		t.Fatalf("dates %v, want by company, then newest first", got)
	}
}

func TestListFilters(t *testing.T) {
	db := listJournal(t)
	for _, tc := range []struct {
		args []string
		want []string // roles listed
	}{
		{[]string{"--stage", "final"}, []string{"Staff engineer", "Platform lead"}},
		{[]string{"--stage", "fin,scr"}, []string{"Staff engineer", "Data analyst", "Platform lead"}},
		{[]string{"--outcome", "pending"}, []string{"Data analyst"}},
		{[]string{"--outcome", "next"}, []string{"Backend engineer"}},
		{[]string{"--tag", "remote", "--tag", "ref"}, []string{"Platform lead"}},
		{[]string{"--company", "acme"}, []string{"Staff engineer", "Backend engineer"}},
		{[]string{"--since", "2025-03", "--until", "2025-06"}, []string{"Data analyst", "Platform lead"}},
		{[]string{"--search", "salary"}, []string{"Data analyst", "Backend engineer"}},
		{[]string{"--search", "salary range", "--stage", "first"}, []string{"Backend engineer"}},
		{[]string{"--search", "rambled"}, []string{"Platform lead"}},
		{[]string{"--search", "acst"}, []string{"Staff engineer"}}, // fuzzy: Acme, Staff
		{[]string{"--search", "zebra"}, nil},
	} {
		out, errOut, code := execCLI(t, db, "", append([]string{"list", "--json"}, tc.args...)...)
		if code != cli.ExitOK {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		var roles []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l == "" {
				continue
			}
			var rec map[string]any
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatalf("%v: line %q: %v", tc.args, l, err)
			}
			roles = append(roles, rec["role"].(string))
		}
		if !slices.Equal(roles, tc.want) {
			t.Errorf("%v: listed %q, want %q", tc.args, roles, tc.want)
		}
	}
}

func TestListJSON(t *testing.T) {
	db := listJournal(t)
	out, _, code := execCLI(t, db, "", "list", "--json")
	if code != cli.ExitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"id", "date", "company", "role", "stage", "outcome", "mood_after", "authenticity", "tags"} {
			if _, ok := rec[f]; !ok {
				t.Errorf("field %q missing from %s", f, l)
			}
		}
	}
	golden.RequireEqual(t, []byte(out))
}

func TestListRejectsBadFilters(t *testing.T) {
	db := listJournal(t)
	for _, args := range [][]string{
		{"--stage", "zz"},
		{"--outcome", "hired"},
		{"--since", "2025-13"},
		{"--sort", "size"},
		{"--plain", "--json"},
	} {
		_, errOut, code := execCLI(t, db, "", append([]string{"list"}, args...)...)
		if code != cli.ExitUsage || !strings.Contains(errOut, "debrief:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestShow(t *testing.T) {
	db := listJournal(t)
	t.Run("OK", func(t *testing.T) {
		out, errOut, code := execCLI(t, db, "", "show", "2")
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{"Globex", "Platform lead", "Why are you leaving?", "I rambled"} {
			if !strings.Contains(out, want) {
				t.Errorf("the Markdown lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("Safe", func(t *testing.T) {
		out, _, code := execCLI(t, db, "", "show", "3")
		if code != cli.ExitOK || strings.ContainsRune(out, '\x1b') || !strings.Contains(out, "Initech") {
			t.Fatalf("exit %d, output %q", code, out)
		}
	})
	t.Run("ByFilter", func(t *testing.T) {
		out, _, code := execCLI(t, db, "", "show", "--search", "salary")
		if code != cli.ExitOK || !strings.Contains(out, "Data analyst") || !strings.Contains(out, "Backend engineer") || strings.Contains(out, "Globex") {
			t.Fatalf("exit %d:\n%s", code, out)
		}
		if strings.Index(out, "Data analyst") > strings.Index(out, "Backend engineer") {
			t.Fatal("not newest first")
		}
	})
	t.Run("IDsAndFilter", func(t *testing.T) {
		out, _, _ := execCLI(t, db, "", "show", "1", "2", "--stage", "final")
		if strings.Contains(out, "Backend engineer") || !strings.Contains(out, "Platform lead") {
			t.Fatalf("the filter did not apply to the IDs:\n%s", out)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, errOut, code := execCLI(t, db, "", "show", "99")
		if code != cli.ExitNotFound || !strings.Contains(errOut, "no interview 99") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		for _, args := range [][]string{{"show"}, {"show", "abc"}, {"show", "0"}} {
			if _, _, code := execCLI(t, db, "", args...); code != cli.ExitUsage {
				t.Errorf("%v: exit %d", args, code)
			}
		}
	})
}
