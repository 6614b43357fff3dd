package flow

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The checks a reflection passes before it is kept: every answer stored in
// the draft is one finishing accepts, a reflection with nothing answered
// keeps nothing, and an interview dated after today is saved only once the
// user says the date is right.

// nothingSavedText says why finishing a blank reflection kept nothing.
const nothingSavedText = "Nothing was answered, so nothing was saved."

// NothingAnswered reports whether a new reflection holds no answer of the
// user's: no text anywhere, no choice, no rating, no person, no decision
// date. The interview's own date does not count, since the flow fills it in
// with today; a company, role or stage given on the command line does, since
// the user gave it.
func NothingAnswered(iv *journal.Interview) bool {
	return strings.TrimSpace(iv.SearchText()) == "" &&
		iv.Stage == "" && iv.Format == "" &&
		iv.MoodBefore == 0 && iv.MoodAfter == 0 && iv.Authenticity == 0 && iv.Nerves == 0 &&
		iv.DecisionExpected.IsZero() && !iv.StillInterested &&
		len(iv.Curveballs) == 0 && len(iv.Interviewers) == 0 && len(iv.Answers) == 0 &&
		len(iv.Feedback) == 0 && len(iv.FollowUps) == 0
}

// finishable returns why finishing would refuse the reflection as iv holds
// it, or nil: the interview finishCmd would save, checked by the journal's
// rules.
func (m *Model) finishable(iv *journal.Interview) error {
	c := *iv
	if c.Date.IsZero() {
		c.Date = journal.DateOf(m.sh.Now())
	}
	if c.Outcome.Status == "" {
		c.Outcome.Status = journal.StatusPending
	}
	return c.Validate()
}

// keepFinishable undoes the answer just stored when it turned a reflection
// that finishing accepted into one it refuses, and returns why. The limits
// of the inputs stop such answers as they are typed; this catches the rest
// (10,001 people written in the editor), so that a draft never holds what
// finishing would refuse.
func (m *Model) keepFinishable(before *journal.Interview) error {
	err := m.finishable(&m.draft.Interview)
	if err == nil || m.finishable(before) != nil {
		return nil
	}
	m.draft.Interview = *before
	m.inputErr = journal.ErrorMessage(err)
	return err
}

// blankNew reports whether the flow is a new reflection with nothing
// answered.
func (m *Model) blankNew() bool {
	return m.kind.asksInterview() && m.draft.Interview.ID == 0 &&
		NothingAnswered(&m.draft.Interview)
}

// blankDiscardedMsg reports that a blank reflection was left without
// saving, and its draft removed.
type blankDiscardedMsg struct{ err error }

// discardBlankCmd removes the draft of a blank reflection, if it was ever
// saved, instead of finishing it.
func (m *Model) discardBlankCmd() tea.Cmd {
	id, j := m.draft.ID, m.sh.Journal
	return func() tea.Msg {
		if id == 0 {
			return blankDiscardedMsg{}
		}
		return blankDiscardedMsg{err: j.DeleteDraft(id)}
	}
}

// blankDiscarded says that nothing was saved: on a closing screen when the
// app was opened for this reflection alone, otherwise on the status line
// of home. A blank reflection paused (esc, ctrl+c) just leaves, as a
// paused one does.
func (m *Model) blankDiscarded(msg blankDiscardedMsg) tea.Cmd {
	if m.pausing {
		quit := m.quitAfter
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: quit} }
	}
	m.finishing = false
	m.discarded = true
	text := nothingSavedText
	if msg.err != nil {
		text += " Its empty draft could not be removed: " + journal.ErrorMessage(msg.err)
	}
	m.discardNote = text
	if m.sh.Standalone {
		return nil
	}
	return tea.Batch(m.sh.SetStatus(text, msg.err != nil), func() tea.Msg { return kit.FlowDoneMsg{} })
}

// discardedView is the closing screen of a blank reflection.
func (m *Model) discardedView() string {
	st := m.sh.Styles
	width := max(20, min(m.sh.Width-2, 100))
	body := st.Warning.Width(width).Render(m.discardNote) + "\n"
	footer := st.Faint.Render("enter home · q quit")
	if m.sh.Standalone {
		footer = st.Faint.Render("enter or q to close")
	}
	return kit.LayoutBody(body, footer, m.sh.Height)
}

// futureDateConfirmed reports whether the interview's date may be kept: it
// is not after today, or the user was told so and pressed the same key
// again. Otherwise it leaves the question on screen. "Today" is the app's
// clock (DEBRIEF_NOW in tests and scripts).
func (m *Model) futureDateConfirmed(key string) bool {
	d := m.draft.Interview.Date
	today := journal.DateOf(m.sh.Now())
	switch {
	case !m.kind.asksInterview(), d.IsZero(), !d.After(today), kit.SameDate(d, m.dateKept):
		return true
	case kit.SameDate(d, m.dateAsked):
		m.dateKept, m.dateAsked, m.dateQuestion = d, journal.Date{}, ""
		return true
	}
	m.dateAsked = d
	m.dateQuestion = fmt.Sprintf("The interview date, %s, is after today (%s). Press %s again to keep it, or change the date.", d, today, key)
	return false
}

// forgetDateQuestion drops a question about the date once the answer
// changes or the flow moves.
func (m *Model) forgetDateQuestion() {
	m.dateAsked, m.dateQuestion = journal.Date{}, ""
}
