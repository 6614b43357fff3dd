package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/review"
)

// reviewSavedMsg reports that a finished weekly review was written.
type reviewSavedMsg struct {
	review journal.Review
	err    error
}

// finishReviewCmd saves the review a finished draft stands for and deletes
// the draft, in one transaction.
func (m *reflectModel) finishReviewCmd() tea.Cmd {
	r := kit.ReviewFromDraft(&m.draft, m.set, journal.DateOf(m.sh.Now()))
	draftID, j := m.draft.ID, m.sh.Journal
	return func() tea.Msg {
		err := j.FinishReview(draftID, &r)
		return reviewSavedMsg{review: r, err: err}
	}
}

// reviewMsg handles the weekly review's messages that change screens.
func (m *Model) reviewMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reviewSavedMsg:
		if msg.err != nil {
			// The flow keeps the answers and says what went wrong.
			return m.reflect.finishDone(interviewSavedMsg{err: msg.err})
		}
		m.reflect.Close() // the finished flow stops autosaving
		m.page, m.screen = review.NewReview(m.sh, msg.review.ID, true), kit.ScreenReview
		return m.page.Init()
	}
	return nil
}

// reviewScreen builds the page of one of the weekly review's screens.
func (m *Model) reviewScreen(to kit.ScreenID, id uint64) kit.Screen {
	switch to {
	case kit.ScreenReviews:
		return review.NewList(m.sh)
	case kit.ScreenReview:
		return review.NewReview(m.sh, id, false)
	}
	return review.NewGlance(m.sh)
}
