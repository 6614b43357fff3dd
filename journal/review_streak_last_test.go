package journal_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// When no run is going, the streak remembers how long the latest one
// lasted, so a header can say something truer than "no streak yet".
func TestReviewStreakLast(t *testing.T) {
	wed := journal.NewDate(2026, 3, 11) // in the week of 2026-03-09
	cases := []struct {
		name    string
		weeks   []journal.Date
		running int
		last    int
	}{
		{"Never", nil, 0, 0},
		{"OneWeekMissed", []journal.Date{journal.NewDate(2026, 2, 23), journal.NewDate(2026, 2, 16), journal.NewDate(2026, 2, 9)}, 0, 3},
		{"LatestRunOnly", []journal.Date{journal.NewDate(2026, 2, 16), journal.NewDate(2026, 1, 26), journal.NewDate(2026, 1, 19)}, 0, 1},
		{"RunGoing", []journal.Date{journal.NewDate(2026, 3, 2), journal.NewDate(2026, 2, 23)}, 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := journal.ReviewStreak(reviewsOfWeeks(c.weeks...), wed)
			if s.Weeks != c.running || s.Last != c.last {
				t.Fatalf("got %+v, want Weeks %d, Last %d", s, c.running, c.last)
			}
		})
	}
}
