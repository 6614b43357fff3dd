package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// finishBare saves a reflection on Acme with an interviewer and nothing
// else: no curveballs and no lessons.
func finishBare(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	typeText(t, m, "Backend engineer")
	press(t, m, keyEnter, keyEnter, keyEnter, keyEnter)
	typeText(t, m, "Dana Kim, Engineering manager")
	press(t, m, keyCtrlS)
	if m.reflect.Saved() == nil {
		t.Fatalf("the reflection was not saved:\n%s", plainView(m))
	}
	return m
}

func TestSummaryEnterOpensNextStepDraft(t *testing.T) {
	j := newFakeJournal()
	m := finishBare(t, j)
	steps := journal.NextSteps(m.reflect.Saved(), journal.DateOf(fixedNow))
	if len(steps) < 2 {
		t.Fatalf("want at least two next steps, got %d", len(steps))
	}
	press(t, m, tea.KeyPressMsg{Code: tea.KeyDown})
	press(t, m, keyEnter)
	if m.screen != kit.ScreenFollowUps {
		t.Fatalf("enter on a next step opened %v, want the follow-ups", m.screen)
	}
	v := plainView(m)
	if !strings.Contains(v, steps[1].Label) || strings.Contains(v, steps[0].Label) {
		t.Fatalf("want the message of %q open, got:\n%s", steps[1].Label, v)
	}
	if !strings.Contains(v, "Dana") {
		t.Fatalf("the drafted message is not shown:\n%s", v)
	}
}

func TestSummaryWithoutCurveballsOrLessonsSaysNothingUntrue(t *testing.T) {
	m := finishBare(t, newFakeJournal())
	v := strings.Join(strings.Fields(plainView(m)), " ")
	for _, untrue := range []string{"carry forward", "fumbled", "would now give differently", "You noted what caught you out"} {
		if strings.Contains(v, untrue) {
			t.Errorf("the summary says %q with no lessons or curveballs:\n%s", untrue, v)
		}
	}
	if !strings.Contains(v, "You looked back while it was fresh.") {
		t.Errorf("the summary does not close with its own line:\n%s", v)
	}
}

func TestSummaryHGoesHome(t *testing.T) {
	m := finishBare(t, newFakeJournal())
	press(t, m, tea.KeyPressMsg{Code: 'h', Text: "h"})
	if m.screen != kit.ScreenHome {
		t.Fatalf("h on the summary opened %v, want home", m.screen)
	}
}
