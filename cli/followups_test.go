package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// fuRun runs debrief on the journal db at the instant now (in now's own
// time zone), with the given configuration folder, without a terminal.
func fuRun(t *testing.T, db string, now time.Time, config, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := cli.Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			switch k {
			case "DEBRIEF_DB":
				return db
			case "XDG_CONFIG_HOME":
				return config
			}
			return ""
		},
		Now:        func() time.Time { return now },
		IsTerminal: func(any) bool { return false },
	}
	code := cli.Execute(context.Background(), "test", args, env)
	return out.String(), errOut.String(), code
}

// fuInterview is a pending interview held on day, with a manager and a
// recruiter.
func fuInterview(company string, day journal.Date) journal.Interview {
	return journal.Interview{
		Company: company, Role: "Backend engineer", Date: day,
		Interviewers: []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}, {Name: "Sam Ortiz", Title: "Recruiter"}},
		Curveballs:   []journal.Curveball{{Question: "Why this team?", BetterAnswer: "Because the payments work is what I want to grow in", Tags: []string{"motivation"}}},
		Outcome:      journal.Outcome{Status: journal.StatusPending},
	}
}

// fuAgenda runs 'followups --json' and returns the references in each group.
func fuAgenda(t *testing.T, db string, now time.Time) (string, map[string][]string) {
	t.Helper()
	out, errOut, code := fuRun(t, db, now, "", "", "followups", "--json")
	if code != 0 {
		t.Fatalf("followups --json: exit %d: %s", code, errOut)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	groups := map[string][]string{}
	for _, g := range []string{"overdue", "today", "this_week", "later", "stale", "snoozed"} {
		var items []struct {
			Ref, Label, Why, Company, Role string
		}
		if err := json.Unmarshal(doc[g], &items); err != nil || items == nil {
			t.Fatalf("group %s: %v (%s)", g, err, doc[g])
		}
		for _, it := range items {
			if it.Label == "" || it.Why == "" || it.Company == "" {
				t.Fatalf("item %+v lacks what it is or why", it)
			}
			groups[g] = append(groups[g], it.Ref)
		}
	}
	var on string
	json.Unmarshal(doc["on"], &on)
	return on, groups
}

var fuNow = time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)

func TestFollowUpsPlainAndJSON(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)), fuInterview("Globex", today))
	on, groups := fuAgenda(t, db, fuNow)
	if on != "2026-03-14" {
		t.Fatalf("agenda drawn up for %s", on)
	}
	if !slices.Equal(groups["overdue"], []string{"1/thank_you"}) || !slices.Contains(groups["today"], "2/thank_you") || !slices.Contains(groups["later"], "1/check_in") {
		t.Fatalf("groups %v", groups)
	}

	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, part := range []string{"Follow-ups on 2026-03-14: 1 overdue", "\nOverdue\n", "Send a thank-you note · Acme, Backend engineer", "1/thank_you · 1 day late, it was due by 2026-03-13", "memorable", "\nLater\n"} {
		if !strings.Contains(out, part) {
			t.Errorf("the plain agenda lacks %q:\n%s", part, out)
		}
	}
	if _, _, code := fuRun(t, db, fuNow, "", "", "followups", "--plain", "--json"); code != cli.ExitUsage {
		t.Fatalf("--plain --json: exit %d", code)
	}
}

func TestFollowUpsEmpty(t *testing.T) {
	db := seedJournal(t)
	out, _, code := fuRun(t, db, fuNow, "", "", "followups", "--plain")
	if code != 0 || !strings.Contains(out, "No follow-ups open") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// TestFollowUpsTimeZones runs the same instant where it is already the next
// day and where it is not yet: the interview's thank-you is late in the
// first and due today in the second.
func TestFollowUpsTimeZones(t *testing.T) {
	db := seedJournal(t, fuInterview("Acme", journal.NewDate(2026, 3, 2)))
	instant := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	on, east := fuAgenda(t, db, instant.In(time.FixedZone("UTC+13", 13*3600)))
	if on != "2026-03-04" || !slices.Contains(east["overdue"], "1/thank_you") {
		t.Fatalf("at UTC+13 on %s: %v", on, east)
	}
	on, west := fuAgenda(t, db, instant.In(time.FixedZone("UTC-10", -10*3600)))
	if on != "2026-03-03" || !slices.Contains(west["today"], "1/thank_you") {
		t.Fatalf("at UTC-10 on %s: %v", on, west)
	}
}

// TestFollowUpsLoggedLate writes reflections days after the interviews: a
// thank-you five days late is still asked for, one six weeks late is stale,
// while the check-in of that interview is due.
func TestFollowUpsLoggedLate(t *testing.T) {
	today := journal.DateOf(fuNow)
	doc := `{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Engineer", "date": "` + today.AddDays(-5).String() + `", "outcome": {"status": "pending"}},
		{"id": 2, "company": "Globex", "role": "Engineer", "date": "` + today.AddDays(-42).String() + `", "decision_expected": "` + today.AddDays(-1).String() + `", "outcome": {"status": "pending"}}
	], "reviews": []}`
	db := filepath.Join(t.TempDir(), "journal.db")
	if out, errOut, code := fuRun(t, db, fuNow, "", doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	_, groups := fuAgenda(t, db, fuNow)
	if !slices.Contains(groups["overdue"], "1/thank_you") {
		t.Errorf("a thank-you five days late is not asked for: %v", groups)
	}
	all := slices.Concat(groups["overdue"], groups["today"], groups["this_week"], groups["later"])
	if slices.Contains(all, "2/thank_you") || !slices.Equal(groups["stale"], []string{"2/thank_you"}) {
		t.Errorf("a thank-you six weeks late is not listed as stale: %v", groups)
	}
	if !slices.Contains(groups["today"], "2/check_in") {
		t.Errorf("the check-in after the promised decision is not due: %v", groups)
	}
}

func TestFollowUpActions(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))

	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "done", "1/thank_you", "--note", "sent by email")
	if code != 0 || !strings.Contains(out, "Done on 2026-03-14: Send a thank-you note · Acme, Backend engineer (1/thank_you)") {
		t.Fatalf("done: exit %d: %s %s", code, out, errOut)
	}
	if out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "snooze", "1/connect", "3d"); code != 0 || !strings.Contains(out, "Snoozed until Tuesday 2026-03-17") {
		t.Fatalf("snooze: exit %d: %s %s", code, out, errOut)
	}
	if out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "skip", "1/tell_references"); code != cli.ExitInvalid {
		t.Fatalf("skipping a follow-up that is not planned: exit %d: %s %s", code, out, errOut)
	}
	_, groups := fuAgenda(t, db, fuNow)
	if len(groups["overdue"])+len(groups["today"]) != 0 {
		t.Fatalf("done and snoozed follow-ups still listed: %v", groups)
	}
	_, groups = fuAgenda(t, db, fuNow.AddDate(0, 0, 3))
	if !slices.Contains(groups["today"], "1/connect") {
		t.Fatalf("the snoozed connection note did not come back on its day: %v", groups)
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	iv, _ := s.Interview(1)
	s.Close()
	var recs []string
	for _, f := range iv.FollowUps {
		recs = append(recs, f.ID+" "+string(f.Status)+" "+f.DoneAt.String()+" "+f.SnoozedUntil.String()+" "+f.Note)
	}
	slices.Sort(recs)
	if want := []string{"connect snoozed  2026-03-17 ", "thank_you done 2026-03-14  sent by email"}; !slices.Equal(recs, want) {
		t.Fatalf("records %q, want %q", recs, want)
	}

	if out, _, code := fuRun(t, db, fuNow, "", "", "followups", "reopen", "1/thank_you"); code != 0 || !strings.Contains(out, "Open again") {
		t.Fatalf("reopen: exit %d: %s", code, out)
	}
	if _, groups := fuAgenda(t, db, fuNow); !slices.Contains(groups["overdue"], "1/thank_you") {
		t.Fatalf("reopened thank-you not listed: %v", groups)
	}

	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"followups", "done", "9/thank_you"}, cli.ExitNotFound},
		{[]string{"followups", "done", "1/thanks"}, cli.ExitInvalid},
		{[]string{"followups", "done", "thank_you"}, cli.ExitUsage},
		{[]string{"followups", "snooze", "1/check_in", "yesterday"}, cli.ExitInvalid},
		{[]string{"followups", "snooze", "1/check_in", "2026-03-14"}, cli.ExitInvalid},
		{[]string{"followups", "done"}, cli.ExitUsage},
	} {
		if _, errOut, code := fuRun(t, db, fuNow, "", "", tc.args...); code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut)
		}
	}
}

func TestFollowUpDraft(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-1)))
	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, part := range []string{"Hi Dana and Sam,", "yesterday", "the Backend engineer role at Acme", "add a little to my answer: " + journal.RevisitSlot} {
		if !strings.Contains(flat, part) {
			t.Errorf("the draft lacks %q:\n%s", part, out)
		}
	}
	for _, note := range []string{"motivation", "payments work", "Why this team"} {
		if strings.Contains(flat, note) {
			t.Errorf("the draft quotes the note to self %q:\n%s", note, out)
		}
	}

	config := t.TempDir()
	dir := filepath.Join(config, "debrief", "templates")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(dir, "thank_you.txt")
	os.WriteFile(own, []byte("Thanks {{.Names}} for {{.Position}}!\n"), 0o600)
	if out, errOut, code := fuRun(t, db, fuNow, config, "", "followups", "draft", "1/thank_you"); code != 0 || out != "Thanks Dana and Sam for the Backend engineer role at Acme!\n\n[your name]\n" {
		t.Fatalf("own template: exit %d: %q %s", code, out, errOut)
	}
	os.WriteFile(own, []byte("Hello,\n\n{{.Nmae}}\n"), 0o600)
	_, errOut, code = fuRun(t, db, fuNow, config, "", "followups", "draft", "1/thank_you")
	if code != cli.ExitInvalid || !strings.Contains(errOut, own) || !strings.Contains(errOut, "line 3") {
		t.Fatalf("bad template: exit %d: %s", code, errOut)
	}
	if _, _, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/gracious_reply"); code != cli.ExitInvalid {
		t.Fatalf("a follow-up not planned was drafted: exit %d", code)
	}
}

func TestFollowUpsCalendar(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme, Inc.", today.AddDays(-2)))
	path := filepath.Join(t.TempDir(), "followups.ics")
	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "--ics", path)
	if code != 0 || !strings.Contains(out, "Wrote 3 follow-ups to "+path) {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cal, err := ics.ParseCalendar(f)
	if err != nil {
		t.Fatal(err)
	}
	var uids []string
	for _, e := range cal.Events() {
		uids = append(uids, e.Id())
		if s := e.GetProperty(ics.ComponentPropertySummary).Value; !strings.Contains(s, "Acme, Inc.") {
			t.Errorf("summary %q lost the company", s)
		}
	}
	slices.Sort(uids)
	if want := []string{"followup-1-check_in@debrief", "followup-1-connect@debrief", "followup-1-thank_you@debrief"}; !slices.Equal(uids, want) {
		t.Fatalf("events %v, want %v", uids, want)
	}
}

// TestFollowUpDraftAside: a version of the message kept aside (another
// debrief changed the message while it was typed) is said on standard
// error, and --aside prints it.
func TestFollowUpDraftAside(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-1)))
	if _, _, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you", "--aside"); code != cli.ExitNotFound {
		t.Fatalf("--aside with nothing aside: exit %d", code)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.ChangeInterview(1, func(iv *journal.Interview) error {
		if err := iv.SetFollowUpMessage("thank_you", "Theirs", ""); err != nil {
			return err
		}
		return iv.SetFollowUpAside("thank_you", "Mine, kept aside")
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you")
	if code != 0 || out != "Theirs\n" || !strings.Contains(errOut, "your own version of this message is kept aside") {
		t.Fatalf("draft: exit %d: %q %s", code, out, errOut)
	}
	out, errOut, code = fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you", "--aside")
	if code != 0 || out != "Mine, kept aside\n" {
		t.Fatalf("--aside: exit %d: %q %s", code, out, errOut)
	}
	if _, _, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you", "--aside", "--original"); code != cli.ExitUsage {
		t.Fatalf("--aside with --original: exit %d", code)
	}
	// It goes with the journal into an export, and back in by an import.
	file := filepath.Join(t.TempDir(), "export.json")
	if _, errOut, code := fuRun(t, db, fuNow, "", "", "export", "-o", file); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	if _, errOut, code := fuRun(t, other, fuNow, "", "", "import", file); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	out, errOut, code = fuRun(t, other, fuNow, "", "", "followups", "draft", "1/thank_you", "--aside")
	if code != 0 || out != "Mine, kept aside\n" {
		t.Fatalf("--aside after an export and an import: exit %d: %q %s", code, out, errOut)
	}
}
