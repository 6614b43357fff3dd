package cli_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// After a missed week, the streak line recalls the last run and invites a
// new one rather than saying none is running.
func TestReviewListAfterABrokenStreak(t *testing.T) {
	db := seedJournal(t)
	seedReviews(t, db,
		journal.Review{WeekOf: journal.NewDate(2026, 2, 16), Focus: "Pause", CreatedAt: time.Date(2026, 2, 21, 9, 0, 0, 0, time.UTC)},
		journal.Review{WeekOf: journal.NewDate(2026, 2, 23), Focus: "Pause", CreatedAt: time.Date(2026, 2, 28, 9, 0, 0, 0, time.UTC)},
	)
	out, errOut, code := execCLI(t, db, "", "review", "--list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if want := "Streak: your last one ran 2 weeks; a review this week starts a new one."; !strings.Contains(out, want) {
		t.Fatalf("want %q:\n%s", want, out)
	}
}
