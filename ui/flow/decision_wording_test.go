package flow

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// startDecision opens a new reflection after the decision on an interview
// with the given outcome and feedback, stored in a fresh journal.
func startDecision(t *testing.T, status journal.Status, fb ...journal.Feedback) *flowModel {
	t.Helper()
	j := newFakeJournal()
	iv := journal.Interview{
		Company: "Acme", Role: "Backend engineer", Date: journal.DateOf(fixedNow).AddDays(-10), Stage: journal.StageFinal,
		Outcome: journal.Outcome{Status: status}, Feedback: fb,
	}
	if err := j.FinishDraft(0, &iv); err != nil {
		t.Fatal(err)
	}
	ctx := uitest.NewContext(j)
	r := New(ctx, journal.Draft{Kind: journal.DraftFeedback, InterviewID: iv.ID, Interview: iv})
	m := &flowModel{reflect: &r}
	m.Host, m.d = uitest.Start(t, ctx, m.reflect)
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		if done, ok := msg.(kit.FlowDoneMsg); ok {
			m.done = append(m.done, done)
			return nil
		}
		return m.Host.Update(msg)
	}
	return m
}

// moveTo presses enter until the prompt id shows.
func (m *flowModel) moveTo(t *testing.T, id string) {
	t.Helper()
	for range m.reflect.PromptCount() {
		if m.reflect.Prompt().ID == id {
			return
		}
		m.press(keyEnter)
	}
	t.Fatalf("never reached the prompt %q", id)
}

func TestDecisionPromptsForAnOffer(t *testing.T) {
	m := startDecision(t, journal.StatusOffer, journal.Feedback{From: "Sam", Text: "The team loved your design answer."})
	m.moveTo(t, "what_they_said")
	if got := m.reflect.Text(); got != "Sam: The team loved your design answer." {
		t.Fatalf("what they said starts from %q, want the feedback recorded", got)
	}
	if v := m.View(); !strings.Contains(v, "What they offered and said") {
		t.Fatalf("the prompt is not worded for an offer:\n%s", v)
	}
	m.moveTo(t, "right_fit")
	v := strings.Join(strings.Fields(m.View()), " ")
	if strings.Contains(v, "lucky escape") || !strings.Contains(v, "Is it the job you want?") {
		t.Fatalf("an offer is asked about as a no:\n%s", v)
	}
	m.press(keyCtrlS)
	if v := strings.Join(strings.Fields(m.View()), " "); !strings.Contains(v, "Congratulations.") {
		t.Fatalf("the summary does not close for an offer:\n%s", v)
	}
}

func TestDecisionPromptsForARejection(t *testing.T) {
	m := startDecision(t, journal.StatusRejected)
	m.moveTo(t, "what_they_said")
	if got := m.reflect.Text(); got != "" {
		t.Fatalf("with no feedback recorded, what they said starts from %q", got)
	}
	m.moveTo(t, "right_fit")
	if v := strings.Join(strings.Fields(m.View()), " "); !strings.Contains(v, "lucky escape") {
		t.Fatalf("a rejection lost its own words:\n%s", v)
	}
	m.press(keyCtrlS)
	v := strings.Join(strings.Fields(m.View()), " ")
	if !strings.Contains(v, "Not every no is a verdict on you.") || strings.Contains(v, "Congratulations") {
		t.Fatalf("the summary does not close for a rejection:\n%s", v)
	}
}

func TestDecisionFeedbackClearedStaysCleared(t *testing.T) {
	m := startDecision(t, journal.StatusOffer, journal.Feedback{Text: "Strong answers."})
	m.moveTo(t, "what_they_said")
	m.press(keyCtrlU)
	m.press(keyEnter)
	d := onlyDraft(t, m.Ctx.Journal.(*fakeJournal))
	r := New(m.Ctx, d)
	r.step = 1
	r.loadInput()
	if r.Prompt().ID != "what_they_said" || r.Text() != "" {
		t.Fatalf("a resumed draft refilled the answer cleared: %q on %q", r.Text(), r.Prompt().ID)
	}
}
