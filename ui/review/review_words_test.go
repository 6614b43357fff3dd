package review

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// A first weekly review has no earlier review to compare the patterns with,
// so it does not speak of one.
func TestGlanceFirstReviewPatternsWords(t *testing.T) {
	j := uitest.NewFakeJournal()
	iv := journal.Interview{
		Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 12), Stage: journal.StageFirst,
		Outcome: journal.Outcome{Status: journal.StatusPending},
	}
	j.FinishDraft(0, &iv)
	ctx := uitest.NewContext(j)
	m, _ := uitest.Start(t, ctx, NewGlance(ctx))
	view := m.View()
	if !strings.Contains(view, "your first weekly review") {
		t.Fatalf("not a first review:\n%s", view)
	}
	if strings.Contains(view, "since then") || strings.Contains(view, "since your last review") {
		t.Fatalf("a first review speaks of an earlier one:\n%s", view)
	}
	if !strings.Contains(view, "nothing new stands out in these 7 days") {
		t.Fatalf("the patterns line is missing:\n%s", view)
	}
}

// With no focus chosen, the saved review's page does not promise that the
// next review will ask how the focus went.
func TestReviewPageWithoutFocusMakesNoPromise(t *testing.T) {
	for _, tc := range []struct {
		name, focus string
		promise     bool
	}{{"NoFocus", "", false}, {"Focus", "Pause before answering", true}} {
		t.Run(tc.name, func(t *testing.T) {
			j := uitest.NewFakeJournal()
			j.StoredReviews[1] = journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 3, 9), Focus: tc.focus, CreatedAt: time.Date(2026, 3, 14, 17, 0, 0, 0, time.UTC)}
			ctx := uitest.NewContext(j)
			ctx.Height = 40
			m, _ := uitest.Start(t, ctx, NewReview(ctx, 1, true))
			view := m.View()
			if got := strings.Contains(view, "asking how this focus went"); got != tc.promise {
				t.Fatalf("promise shown %v, want %v:\n%s", got, tc.promise, view)
			}
		})
	}
}

// A review after a missed week does not say "no streak yet" to someone who
// had one: it starts a new one.
func TestGlanceAfterABrokenStreak(t *testing.T) {
	j := uitest.NewFakeJournal()
	// Two weeks in a row, then nothing last week (today is Sat 14 Mar).
	j.StoredReviews[1] = journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 2, 16), CreatedAt: time.Date(2026, 2, 21, 9, 0, 0, 0, time.UTC)}
	j.StoredReviews[2] = journal.Review{ID: 2, WeekOf: journal.NewDate(2026, 2, 23), CreatedAt: time.Date(2026, 2, 28, 9, 0, 0, 0, time.UTC)}
	ctx := uitest.NewContext(j)
	m, _ := uitest.Start(t, ctx, NewGlance(ctx))
	view := m.View()
	if strings.Contains(view, "no streak yet") || !strings.Contains(view, "a new streak starts with this review") {
		t.Fatalf("the header does not speak of the streak kindly:\n%s", view)
	}
	ctx = uitest.NewContext(j)
	m, _ = uitest.Start(t, ctx, NewList(ctx))
	if view := m.View(); !strings.Contains(view, "last streak: 2 weeks") {
		t.Fatalf("the list does not recall the last streak:\n%s", view)
	}
}
