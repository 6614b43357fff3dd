package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// fuRejectFromHome sets interview 1 to rejected from the home screen and
// leaves the picker on its offer of what comes next.
func fuRejectFromHome(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	press(t, m, fuKey("o"), fuKey("4"), keyEnter)
	if !fuDecided(t, m, j, 1) {
		t.Fatal("the rejection was not saved")
	}
	return m
}

func TestFeedbackForm(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuRejectFromHome(t, j)
	press(t, m, fuKey("f"))
	if m.screen != kit.ScreenFeedback {
		t.Fatalf("f after a decision opened %v", m.screen)
	}
	press(t, m, keyCtrlS)
	if iv, _ := j.Interview(1); !strings.Contains(fuScreen(m), "✗") || len(iv.Feedback) != 0 {
		t.Fatal("empty feedback was saved")
	}
	typeText(t, m, "Sam Ortiz")
	press(t, m, fuKeyTab, fuKeyTab)
	typeText(t, m, "Strong on design, light on testing.")
	press(t, m, keyEnter)
	typeText(t, m, "They would talk again in spring.")
	press(t, m, keyCtrlS)
	iv, _ := j.Interview(1)
	want := journal.Feedback{Date: fuToday, From: "Sam Ortiz", Text: "Strong on design, light on testing.\nThey would talk again in spring."}
	if len(iv.Feedback) != 1 || iv.Feedback[0] != want {
		t.Fatalf("feedback %+v, want %+v", iv.Feedback, want)
	}
	if iv.Outcome.Status != journal.StatusRejected {
		t.Fatal("saving feedback lost the outcome")
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenHome {
		t.Fatalf("after the feedback, enter went to %v; the picker should be passed by", m.screen)
	}
}

func TestDecisionReflection(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuRejectFromHome(t, j)
	press(t, m, fuKey("d"))
	if m.screen != kit.ScreenReflect || m.reflect.draft.Kind != journal.DraftFeedback {
		t.Fatalf("d opened %v", m.screen)
	}
	if s := fuScreen(m); !strings.Contains(s, "after the decision · Acme") || !strings.Contains(s, "How does the news sit with you?") {
		t.Fatalf("the flow does not say what it is:\n%s", s)
	}
	press(t, m, fuKey("2"), keyEnter)
	typeText(t, m, "They went with someone who had run a migration.")
	press(t, m, keyEnter)

	// Meanwhile a follow-up is marked elsewhere: finishing must keep it.
	iv, _ := j.Interview(1)
	if err := iv.MarkFollowUp("gracious_reply", journal.FollowUpDone, fuToday, journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	j.UpdateInterview(iv)

	for m.reflect.prompt().ID != "next_time" {
		press(t, m, keyEnter)
	}
	typeText(t, m, "Lead with the migration story")
	press(t, m, keyCtrlJ)
	typeText(t, m, "Ask about the team's testing")
	press(t, m, keyCtrlS)
	if m.reflect.saved == nil {
		t.Fatal("ctrl+s did not finish")
	}

	iv, _ = j.Interview(1)
	if got := iv.AnswerFor("feeling"); got != "2" {
		t.Errorf("feeling stored as %q", got)
	}
	if got := iv.AnswerFor("what_they_said"); got != "They went with someone who had run a migration." {
		t.Errorf("what they said stored as %q", got)
	}
	if want := []string{"Lead with the migration story", "Ask about the team's testing"}; !slices.Equal(iv.FeedbackLessons, want) {
		t.Errorf("feedback lessons %v, want %v", iv.FeedbackLessons, want)
	}
	if iv.AnswerFor("next_time") != "" || len(iv.Lessons) != 0 {
		t.Errorf("the lessons from the decision landed elsewhere: %q, %v", iv.AnswerFor("next_time"), iv.Lessons)
	}
	if r := fuRecord(t, j, 1, "gracious_reply"); r == nil || r.Status != journal.FollowUpDone {
		t.Error("finishing the reflection lost a follow-up marked meanwhile")
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Errorf("%d drafts left after finishing", len(ds))
	}
	s := fuScreen(m)
	for _, part := range []string{"after the decision", "What you will do differently", "Lead with the migration story", "Ask for feedback"} {
		if !strings.Contains(s, part) {
			t.Errorf("the summary lacks %q:\n%s", part, s)
		}
	}
	if strings.Contains(s, "Reply graciously") {
		t.Errorf("the summary offers a follow-up already done:\n%s", s)
	}
}

func TestDecisionReflectionResumes(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuRejectFromHome(t, j)
	press(t, m, fuKey("d"), fuKey("3"), keyEnter, keyEsc)
	ds, _ := j.Drafts()
	if len(ds) != 1 || ds[0].Kind != journal.DraftFeedback || ds[0].InterviewID != 1 {
		t.Fatalf("pausing kept %+v", ds)
	}
	press(t, m, fuKey("o"), keyEnter, fuKey("d"))
	if m.screen != kit.ScreenReflect || m.reflect.draft.ID != ds[0].ID || m.reflect.prompt().ID != "what_they_said" {
		t.Fatalf("d did not resume the draft: screen %v, draft %d, prompt %s", m.screen, m.reflect.draft.ID, m.reflect.prompt().ID)
	}
}

func TestGoldenFeedback(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuRejectFromHome(t, j)
	press(t, m, fuKey("f"))
	typeText(t, m, "Sam Ortiz, recruiter")
	press(t, m, fuKeyTab, fuKeyTab)
	typeText(t, m, "Strong on design, light on testing.")
	golden.RequireEqual(t, []byte(fuScreen(m)))
}
