package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

func TestGlanceListAndShowReviews(t *testing.T) {
	j := weekJournal()
	m := newTestModel(t, j, StartHome)
	openGlance(t, m)
	press(t, m, reviewKeyL)
	if m.screen != kit.ScreenReviews || !strings.Contains(reviewScreenText(m), "Pause before answering") {
		t.Fatalf("l: %v\n%s", m.screen, reviewScreenText(m))
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenReview || !strings.Contains(reviewScreenText(m), "Focus for the coming week") {
		t.Fatalf("enter: %v\n%s", m.screen, reviewScreenText(m))
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenReviews {
		t.Fatalf("esc from a review went to %v", m.screen)
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenReviewGlance {
		t.Fatalf("esc from the list went to %v", m.screen)
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc from the glance went to %v", m.screen)
	}
}

func TestStartReviewOpensTheGlanceAndLeavingQuits(t *testing.T) {
	j := weekJournal()
	m := newTestModel(t, j, StartReview)
	if m.screen != kit.ScreenReviewGlance {
		t.Fatalf("debrief review opened %v", m.screen)
	}
	press(t, m, keyEsc)
	if !m.quit {
		t.Fatal("esc on the glance of debrief review did not close the app")
	}
}

func TestHomeReviewLine(t *testing.T) {
	t.Run("EmptyJournalIsNotNudged", func(t *testing.T) {
		m := newTestModel(t, newFakeJournal(), StartHome)
		if v := reviewScreenText(m); strings.Contains(v, "No weekly review yet") || strings.Contains(v, "Weekly review done") {
			t.Fatalf("a new journal is nudged:\n%s", reviewScreenText(m))
		}
	})
	t.Run("NeverReviewed", func(t *testing.T) {
		j := newFakeJournal()
		j.FinishDraft(0, &journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 12)})
		if v := reviewScreenText(newTestModel(t, j, StartHome)); !strings.Contains(v, "No weekly review yet. Press w") {
			t.Fatalf("no nudge:\n%s", v)
		}
	})
	t.Run("OverdueKeepsTheStreakInView", func(t *testing.T) {
		j := weekJournal()
		j.StoredReviews[2] = journal.Review{ID: 2, WeekOf: journal.NewDate(2026, 2, 23), CreatedAt: time.Date(2026, 2, 28, 9, 0, 0, 0, time.UTC)}
		v := strings.Join(strings.Fields(reviewScreenText(newReviewModel(t, j, fixedNow.AddDate(0, 0, 1), StartHome))), " ")
		if !strings.Contains(v, "Your last weekly review was 8 days ago. Press w to keep your 2-week streak going.") {
			t.Fatalf("no nudge with the streak:\n%s", v)
		}
	})
	t.Run("RecentReviewShowsTheStreak", func(t *testing.T) {
		j := weekJournal()
		v := reviewScreenText(newReviewModel(t, j, fixedNow.AddDate(0, 0, -5), StartHome))
		if !strings.Contains(v, "Weekly review done 2 days ago · 1-week streak") {
			t.Fatalf("no streak line:\n%s", v)
		}
	})
}

func TestGlanceStaysWithinTheWindow(t *testing.T) {
	j := weekJournal()
	for i := range 12 {
		j.FinishDraft(0, &journal.Interview{Company: "Filler", Role: "Role", Date: journal.NewDate(2026, 3, 8+i%6),
			Feedback: []journal.Feedback{{Date: journal.NewDate(2026, 3, 13), Text: "note"}}})
	}
	m := newTestModel(t, j, StartHome)
	openGlance(t, m)
	for range 30 {
		press(t, m, keyDown)
	}
	lines := strings.Split(reviewScreenText(m), "\n")
	if len(lines) != 24 {
		t.Fatalf("%d lines, want 24", len(lines))
	}
	if !strings.Contains(reviewScreenText(m), "enter") || !strings.Contains(reviewScreenText(m), "▸") {
		t.Fatalf("the footer or the selection fell off the screen:\n%s", reviewScreenText(m))
	}
	press(t, m, reviewKeyUp)
}

func TestGoldenReviewGlance(t *testing.T) {
	m := newTestModel(t, weekJournal(), StartHome)
	openGlance(t, m)
	golden.RequireEqual(t, []byte(reviewScreenText(m)))
}

func TestGoldenReviewFocus(t *testing.T) {
	m := newTestModel(t, weekJournal(), StartHome)
	openGlance(t, m)
	press(t, m, keyEnter)
	golden.RequireEqual(t, []byte(reviewScreenText(m)))
}

func TestGoldenReviewNextFocus(t *testing.T) {
	m := newTestModel(t, weekJournal(), StartHome)
	openGlance(t, m)
	press(t, m, keyEnter)
	for m.reflect.prompt().ID != kit.PromptFocus {
		press(t, m, keyEnter)
	}
	golden.RequireEqual(t, []byte(reviewScreenText(m)))
}
