package cli_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func fuStored(t *testing.T, db string, id uint64) *journal.Interview {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	iv, err := s.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	return iv
}

// TestOutcomeRejectedReplans checks that a rejection recorded on the
// command line drops the check-in and the thank-you, and plans the reply to
// the decision and the requests for feedback.
func TestOutcomeRejectedReplans(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))
	_, before := fuAgenda(t, db, fuNow)
	if all := slices.Concat(before["overdue"], before["today"], before["this_week"], before["later"]); !slices.Contains(all, "1/check_in") {
		t.Fatalf("pending interview without a check-in: %v", before)
	}

	out, errOut, code := fuRun(t, db, fuNow, "", "", "outcome", "1", "rejected", "--date", "2026-03-13")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, part := range []string{"Interview 1 (Acme, Backend engineer): rejected on 2026-03-13.", "1/gracious_reply", "1/feedback_request"} {
		if !strings.Contains(out, part) {
			t.Errorf("the confirmation lacks %q:\n%s", part, out)
		}
	}
	if iv := fuStored(t, db, 1); iv.Outcome != (journal.Outcome{Status: journal.StatusRejected, Date: today.AddDays(-1)}) {
		t.Fatalf("stored %+v", iv.Outcome)
	}
	_, after := fuAgenda(t, db, fuNow)
	all := slices.Concat(after["overdue"], after["today"], after["this_week"], after["later"])
	for _, id := range []string{"1/gracious_reply", "1/recruiter_feedback", "1/feedback_request"} {
		if !slices.Contains(all, id) {
			t.Errorf("a rejection does not plan %s: %v", id, after)
		}
	}
	for _, id := range []string{"1/check_in", "1/thank_you"} {
		if slices.Contains(all, id) {
			t.Errorf("a rejection still plans %s: %v", id, after)
		}
	}
}

func TestOutcomeStillInterested(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))
	if _, errOut, code := fuRun(t, db, fuNow, "", "", "outcome", "1", "rejected", "--still-interested"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if iv := fuStored(t, db, 1); !iv.StillInterested || iv.Outcome.Date != today {
		t.Fatalf("stored %+v, interested %v", iv.Outcome, iv.StillInterested)
	}
	_, groups := fuAgenda(t, db, fuNow)
	if !slices.Contains(groups["later"], "1/keep_in_touch-1") {
		t.Fatalf("no keep-in-touch while still interested: %v", groups)
	}
	if _, errOut, code := fuRun(t, db, fuNow, "", "", "outcome", "1", "--still-interested=false"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if iv := fuStored(t, db, 1); iv.StillInterested || iv.Outcome.Status != journal.StatusRejected {
		t.Fatalf("--still-interested=false stored %+v, interested %v", iv.Outcome, iv.StillInterested)
	}
}

func TestOutcomeErrors(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"outcome", "7", "offer"}, cli.ExitNotFound, "no interview 7"},
		{[]string{"outcome", "1", "maybe"}, cli.ExitInvalid, "not an outcome"},
		{[]string{"outcome", "1", "offer", "--date", "2026-03-01"}, cli.ExitInvalid, "before the interview"},
		{[]string{"outcome", "1", "offer", "--date", "14/03/2026"}, cli.ExitInvalid, "not a date"},
		{[]string{"outcome", "one", "offer"}, cli.ExitUsage, "not an interview number"},
		{[]string{"outcome", "1"}, cli.ExitUsage, "status"},
	} {
		_, errOut, code := fuRun(t, db, fuNow, "", "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.says) {
			t.Errorf("%v: exit %d, want %d, saying %q: %s", tc.args, code, tc.code, tc.says, errOut)
		}
	}
	if iv := fuStored(t, db, 1); iv.Outcome.Status != journal.StatusPending {
		t.Fatalf("a refused outcome was stored: %+v", iv.Outcome)
	}
	if out, _, code := fuRun(t, db, fuNow, "", "", "outcome", "1", "Next Round"); code != 0 || !strings.Contains(out, "next round") {
		t.Fatalf("a status by its label: exit %d: %s", code, out)
	}
}

func TestFeedback(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))
	out, errOut, code := fuRun(t, db, fuNow, "", "", "feedback", "1", "--from", "Sam Ortiz", "Wanted", "more", "depth")
	if code != 0 || !strings.Contains(out, "Kept the feedback from Sam Ortiz on interview 1") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if _, errOut, code := fuRun(t, db, fuNow, "", "Line one\n\nLine two\n", "feedback", "1", "--date", "2026-03-13"); code != 0 {
		t.Fatalf("from stdin: exit %d: %s", code, errOut)
	}
	iv := fuStored(t, db, 1)
	want := []journal.Feedback{
		{Date: today, From: "Sam Ortiz", Text: "Wanted more depth"},
		{Date: today.AddDays(-1), Text: "Line one\n\nLine two"},
	}
	if !slices.Equal(iv.Feedback, want) {
		t.Fatalf("feedback %+v, want %+v", iv.Feedback, want)
	}
	for _, args := range [][]string{{"feedback", "1"}, {"feedback", "1", "--date", "2026-03-01", "x"}} {
		if _, _, code := fuRun(t, db, fuNow, "", "", args...); code != cli.ExitInvalid {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if _, _, code := fuRun(t, db, fuNow, "", "", "feedback", "5", "x"); code != cli.ExitNotFound {
		t.Errorf("unknown interview: exit %d", code)
	}
	out, _, _ = fuRun(t, db, fuNow, "", "", "export")
	if !strings.Contains(out, `"feedback": [`) || !strings.Contains(out, `"from": "Sam Ortiz"`) {
		t.Fatalf("the export lacks the feedback:\n%s", out)
	}
}
