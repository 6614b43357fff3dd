package flow

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// reviewSavedMsg reports that a finished weekly review was written.
type reviewSavedMsg struct {
	review journal.Review
	err    error
}

// finishReviewCmd saves the review a finished draft stands for and deletes
// the draft, in one transaction.
func (m *Model) finishReviewCmd() tea.Cmd {
	r := kit.ReviewFromDraft(&m.draft, m.set, journal.DateOf(m.sh.Now()))
	draftID, j := m.draft.ID, m.sh.Journal
	return func() tea.Msg {
		err := j.FinishReview(draftID, &r)
		return reviewSavedMsg{review: r, err: err}
	}
}

// reviewDone tells the root the review is saved, or keeps the answers and
// says what went wrong.
func (m *Model) reviewDone(msg reviewSavedMsg) tea.Cmd {
	if msg.err != nil {
		return m.finishDone(interviewSavedMsg{err: msg.err})
	}
	m.Close() // the finished flow stops autosaving
	id := msg.review.ID
	done := func() tea.Msg { return kit.ReviewSavedMsg{ID: id} }
	if note := m.elsewhereNote(); note != "" {
		return tea.Batch(m.sh.SetStatus(note, false), done)
	}
	return done
}

// Draft is the draft the flow is on, as the root sees it: which interview
// an edit is about, and which kind of flow this is.
func (m *Model) Draft() journal.Draft { return m.draft }

// editing reports whether the flow changes an interview already saved.
func (m *Model) editing() bool {
	return m.draft.InterviewID != 0 && m.draft.Kind == journal.DraftInterview
}
