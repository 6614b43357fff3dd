package flow

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The guided flow (Model) is one engine: it asks a set of prompts
// one by one, keeps the answers in a draft saved as the user types, and
// pauses or finishes. What differs between the reflection after an
// interview, the reflection after a decision and the weekly review is a
// flowKind.

// flowKind is what one guided flow adds to the engine.
type flowKind interface {
	// prompts returns the flow's prompts for a draft, with the user's own
	// prompts applied.
	prompts(sh *kit.Context, d *journal.Draft) prompts.Set
	// title names what the flow is about, in its header.
	title(d *journal.Draft) string
	// finish returns the command that saves a finished flow.
	finish(m *Model) tea.Cmd
	// summary draws what was saved, once it was.
	summary(m *Model) string
	// asksInterview reports whether the flow writes an interview's own
	// answers (its date included), as opposed to adding to one.
	asksInterview() bool
}

// flowFor returns the flow a draft belongs to.
func flowFor(kind journal.DraftKind) flowKind {
	switch kind {
	case journal.DraftFeedback:
		return decisionFlow{}
	case journal.DraftReview:
		return reviewFlow{}
	}
	return interviewFlow{}
}

// interviewFlow is the reflection after an interview, new or an edit.
type interviewFlow struct{}

func (interviewFlow) prompts(sh *kit.Context, _ *journal.Draft) prompts.Set { return sh.Set }

func (interviewFlow) title(d *journal.Draft) string {
	if d.Interview.ID != 0 {
		return "editing " + safetext.Line(d.Interview.Title())
	}
	return safetext.Line(d.Interview.Title())
}

func (interviewFlow) finish(m *Model) tea.Cmd { return m.finishInterviewCmd() }

func (interviewFlow) summary(m *Model) string { return m.interviewSummaryView() }

func (interviewFlow) asksInterview() bool { return true }

// decisionFlow is the reflection after a decision (see feedback.go).
type decisionFlow struct{}

func (decisionFlow) prompts(sh *kit.Context, d *journal.Draft) prompts.Set {
	return wordedForOutcome(decisionSet(kit.WithUserPrompts(sh, prompts.AfterDecision())), &d.Interview)
}

func (decisionFlow) title(d *journal.Draft) string {
	return "after the decision · " + safetext.Line(d.Interview.Title())
}

func (decisionFlow) finish(m *Model) tea.Cmd { return m.finishDecisionCmd() }

func (decisionFlow) summary(m *Model) string { return m.decisionSummaryView() }

func (decisionFlow) asksInterview() bool { return false }

// reviewFlow is the weekly review (see review_draft.go).
type reviewFlow struct{}

func (reviewFlow) prompts(sh *kit.Context, d *journal.Draft) prompts.Set {
	return kit.ReviewSet(kit.WeeklySet(sh), d)
}

func (reviewFlow) title(*journal.Draft) string { return kit.ReviewTitle }

func (reviewFlow) finish(m *Model) tea.Cmd { return m.finishReviewCmd() }

// summary is never drawn: a saved review opens on its own page.
func (reviewFlow) summary(*Model) string { return "" }

func (reviewFlow) asksInterview() bool { return false }
