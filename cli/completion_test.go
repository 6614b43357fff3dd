package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
)

// complete asks debrief for the shell's completions of args (the last one
// being the word typed so far) on the journal db, and returns the
// candidates, each "value" or "value\tdescription", and the directive.
func complete(t *testing.T, db string, args ...string) ([]string, string) {
	t.Helper()
	out, errOut, code := execCLI(t, db, "", append([]string{cobra.ShellCompRequestCmd}, args...)...)
	if code != 0 {
		t.Fatalf("completion exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "debrief:") {
		t.Errorf("completion printed an error: %s", errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	return lines[:len(lines)-1], lines[len(lines)-1]
}

// completionJournal holds three interviews: a rejection at Acme Corp, a
// recent one at Initech whose thank-you note is open, and one at Globex
// whose thank-you note is done.
func completionJournal(t *testing.T) string {
	t.Helper()
	return seedJournal(t,
		journal.Interview{Company: "Acme Corp", Role: "Engineer", Date: journal.NewDate(2026, 2, 2), Stage: journal.StageFirst, Tags: []string{"remote"},
			Outcome: journal.Outcome{Status: journal.StatusRejected, Date: journal.NewDate(2026, 2, 20)}},
		journal.Interview{Company: "Initech", Role: "Analyst", Date: journal.NewDate(2026, 3, 13), Stage: journal.StageFinal, Tags: []string{"remote", "startup"}},
		journal.Interview{Company: "Globex", Role: "Manager", Date: journal.NewDate(2026, 3, 12), Stage: journal.StageScreen,
			FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 3, 12)}}},
	)
}

// values drops the descriptions.
func values(candidates []string) []string {
	var out []string
	for _, c := range candidates {
		v, _, _ := strings.Cut(c, "\t")
		out = append(out, v)
	}
	return out
}

func TestCompleteInterviewNumbers(t *testing.T) {
	db := completionJournal(t)
	got, directive := complete(t, db, "outcome", "")
	// Newest first, by the day of the interview.
	want := []string{"2\tInitech · Analyst · 2026-03-13", "3\tGlobex · Manager · 2026-03-12", "1\tAcme Corp · Engineer · 2026-02-02"}
	if !slices.Equal(got, want) {
		t.Errorf("outcome: got %q, want %q", got, want)
	}
	if directive != ":36" { // no file names, in this order
		t.Errorf("directive %s, want :36", directive)
	}
	if got, _ := complete(t, db, "show", "1", ""); !slices.Equal(values(got), []string{"2", "3"}) {
		t.Errorf("show 1: got %q, want the other two", got)
	}
	if got, _ := complete(t, db, "feedback", "2"); !slices.Equal(values(got), []string{"2"}) {
		t.Errorf("feedback 2: got %q, want 2 alone", got)
	}
	if got, _ := complete(t, db, "feedback", "2", ""); len(got) != 0 {
		t.Errorf("feedback's text: got %q, want nothing", got)
	}
}

func TestCompleteOutcomeStatuses(t *testing.T) {
	db := completionJournal(t)
	got, _ := complete(t, db, "outcome", "2", "")
	want := []string{"pending", "next_round\tnext round", "offer", "rejected", "no_response\tno response", "withdrew"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, _ := complete(t, db, "outcome", "2", "N"); !slices.Equal(values(got), []string{"next_round", "no_response"}) {
		t.Errorf("N: got %q", got)
	}
}

func TestCompleteFollowUpReferences(t *testing.T) {
	db := completionJournal(t)
	// The open follow-ups, what matters most first: Acme's are overdue,
	// its reply to the rejection most of all.
	got, _ := complete(t, db, "followups", "done", "")
	want := []string{"1/gracious_reply", "1/feedback_request", "1/other_openings", "2/thank_you", "3/check_in", "2/check_in"}
	if !slices.Equal(values(got), want) {
		t.Errorf("done: got %q, want %q", values(got), want)
	}
	if !slices.Contains(got, "2/thank_you\tSend a thank-you note · Initech · due 2026-03-13") {
		t.Errorf("done: Initech's thank-you note is not described by its kind, company and day: %q", got)
	}
	if slices.Contains(values(got), "3/thank_you") {
		t.Errorf("done offers the thank-you note already done: %q", got)
	}
	if got, _ := complete(t, db, "followups", "draft", "3/"); slices.Contains(values(got), "2/thank_you") || len(got) == 0 {
		t.Errorf("draft 3/: got %q, want interview 3's open follow-ups only", got)
	}
	got, _ = complete(t, db, "followups", "reopen", "")
	if !slices.Equal(got, []string{"3/thank_you\tSend a thank-you note · Globex · done"}) {
		t.Errorf("reopen: got %q, want the note done", got)
	}
}

func TestCompleteFilterTokens(t *testing.T) {
	db := completionJournal(t)
	for _, tc := range []struct {
		args      []string
		want      []string
		directive string
	}{
		{[]string{"list", "--search", ""}, []string{"company:", "stage:", "outcome:", "tag:", "since:", "until:"}, ":6"},
		{[]string{"list", "--search", "salary St"}, []string{"salary stage:"}, ":6"},
		{[]string{"list", "--search", "stage:fi"}, []string{"stage:first", "stage:final"}, ":4"},
		{[]string{"show", "--search", "company:ac"}, []string{`company:"Acme Corp"`}, ":4"},
		{[]string{"list", "--search", "outcome:re"}, []string{"outcome:rejected"}, ":4"},
		{[]string{"list", "--tag", ""}, []string{"remote", "startup"}, ":4"},
		{[]string{"show", "--stage", "first,s"}, []string{"first,screen", "first,second"}, ":4"},
		{[]string{"list", "--outcome", "o"}, []string{"offer"}, ":4"},
		{[]string{"list", "--company", "G"}, []string{"Globex"}, ":4"},
		{[]string{"list", "--theme", ""}, []string{"light", "dark", "auto"}, ":4"},
	} {
		got, directive := complete(t, db, tc.args...)
		if !slices.Equal(values(got), tc.want) || directive != tc.directive {
			t.Errorf("%q: got %q %s, want %q %s", tc.args, values(got), directive, tc.want, tc.directive)
		}
	}
}

func TestCompletionReadsOnlyAndStaysQuiet(t *testing.T) {
	t.Run("NoJournal", func(t *testing.T) {
		dir := t.TempDir()
		db := filepath.Join(dir, "sub", "journal.db")
		for _, args := range [][]string{{"outcome", ""}, {"followups", "done", ""}, {"list", "--tag", ""}} {
			if got, _ := complete(t, db, args...); len(got) != 0 {
				t.Errorf("%q: got %q, want nothing", args, got)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("completion created %v", entries)
		}
	})
	t.Run("DamagedJournal", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "journal.db")
		junk := bytes.Repeat([]byte("not a journal "), 1000)
		if err := os.WriteFile(db, junk, 0o600); err != nil {
			t.Fatal(err)
		}
		if got, _ := complete(t, db, "outcome", ""); len(got) != 0 {
			t.Errorf("got %q, want nothing", got)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(after, junk) {
			t.Error("completion changed the file")
		}
	})
	t.Run("JournalUnchanged", func(t *testing.T) {
		db := completionJournal(t)
		before, _ := os.ReadFile(db)
		complete(t, db, "followups", "done", "")
		complete(t, db, "outcome", "")
		if after, _ := os.ReadFile(db); !bytes.Equal(after, before) {
			t.Error("completion changed the journal")
		}
		if entries, _ := os.ReadDir(filepath.Dir(db)); len(entries) != 1 {
			t.Errorf("completion left files beside the journal: %v", entries)
		}
	})
}
