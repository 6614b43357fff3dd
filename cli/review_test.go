package cli_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// seedReviews adds reviews to the journal at db.
func seedReviews(t *testing.T, db string, reviews ...journal.Review) {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range reviews {
		if err := s.SaveReview(&reviews[i]); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReviewList(t *testing.T) {
	db := seedJournal(t)
	seedReviews(t, db,
		journal.Review{WeekOf: journal.NewDate(2026, 3, 2), Focus: "Pause before answering", CreatedAt: time.Date(2026, 3, 7, 9, 0, 0, 0, time.UTC)},
		journal.Review{WeekOf: journal.NewDate(2026, 3, 9), Focus: "Ask \x1b[31mbetter\x1b[0m questions", PreviousFocus: "Pause before answering",
			PreviousFocusDone: journal.PractisedPartly, CreatedAt: time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)},
	)
	out, errOut, code := execCLI(t, db, "", "review", "--list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "ID") {
		t.Fatalf("want a header, two rows, a blank line and the streak:\n%s", out)
	}
	if !strings.Contains(lines[1], "2026-03-09") || !strings.Contains(lines[1], "partly") || !strings.Contains(lines[2], "2026-03-02") {
		t.Fatalf("not newest first:\n%s", out)
	}
	if strings.Contains(out, "\x1b") || !strings.Contains(lines[1], "better") {
		t.Fatalf("the focus was not made safe to print:\n%q", lines[1])
	}
	if lines[4] != "Streak: 2 weeks in a row, this one included." {
		t.Fatalf("streak line %q", lines[4])
	}
}

func TestReviewShow(t *testing.T) {
	db := seedJournal(t)
	seedReviews(t, db, journal.Review{
		WeekOf: journal.NewDate(2026, 3, 9), Focus: "Ask better questions", PreviousFocus: "Pause before answering",
		PreviousFocusDone: journal.PractisedNo, Answers: []journal.Answer{{Prompt: "week_hard", Title: "What was hard", Value: "Waiting\x07 for news"}},
	})
	t.Run("OK", func(t *testing.T) {
		out, errOut, code := execCLI(t, db, "", "review", "show", "1")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{"week of 2026-03-09", "Practised: no", "What was hard", "Ask better questions"} {
			if !strings.Contains(out, want) {
				t.Errorf("missing %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "\x07") {
			t.Error("a control character was printed")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, errOut, code := execCLI(t, db, "", "review", "show", "7")
		if code != 6 || !strings.Contains(errOut, "no review 7") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		if _, _, code := execCLI(t, db, "", "review", "show", "abc"); code != 2 {
			t.Fatalf("exit %d", code)
		}
	})
}

func TestReviewWithoutTerminal(t *testing.T) {
	db := seedJournal(t)
	_, errOut, code := execCLI(t, db, "", "review")
	if code != 8 || !strings.Contains(errOut, "review --list") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	out, _, code := execCLI(t, db, "", "review", "--list")
	if code != 0 || !strings.Contains(out, "No weekly reviews yet") {
		t.Fatalf("exit %d: %s", code, out)
	}
}
