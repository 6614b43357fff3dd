package kit

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// After a missed week the header recalls the last streak instead of saying
// there never was one.
func TestStreakWordsAfterABreak(t *testing.T) {
	for _, c := range []struct {
		s    journal.Streak
		want string
	}{
		{journal.Streak{}, "no streak yet"},
		{journal.Streak{Last: 1}, "last streak: 1 week"},
		{journal.Streak{Last: 4}, "last streak: 4 weeks"},
		{journal.Streak{Weeks: 3}, "3 weeks in a row"},
	} {
		if got := StreakWords(c.s); got != c.want {
			t.Errorf("StreakWords(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
}
