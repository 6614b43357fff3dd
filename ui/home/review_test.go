package home

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// TestReviewLineSaysEachThingOnce: a review done this week is the whole of
// a one-week streak, so the line does not say it twice; a longer streak,
// or one that ended, is named.
func TestReviewLineSaysEachThingOnce(t *testing.T) {
	cases := []struct {
		streak journal.Streak
		want   string
	}{
		{journal.Streak{Weeks: 1, ThisWeek: true}, "Weekly review done today · w to review"},
		{journal.Streak{Weeks: 3, ThisWeek: true}, "Weekly review done today · 3 weeks in a row · w to review"},
	}
	for _, c := range cases {
		h := New(&kit.Context{Styles: kit.NewStyles(true)}, false)
		h.review = reviewHabit{any: true, reviewed: true, streak: c.streak}
		var b strings.Builder
		h.reviewLine(&b, 100)
		if got := strings.TrimSpace(b.String()); !strings.Contains(got, c.want) {
			t.Errorf("streak %+v: %q, want %q", c.streak, got, c.want)
		}
	}
}
