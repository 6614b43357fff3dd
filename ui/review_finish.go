package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// startFlowMsg asks the root to open the guided flow on a draft, new or
// resumed.
type startFlowMsg struct{ draft journal.Draft }

// reviewSavedMsg reports that a finished weekly review was written.
type reviewSavedMsg struct {
	review journal.Review
	err    error
}

// finishReviewCmd saves the review a finished draft stands for and deletes
// the draft, in one transaction.
func (m *reflectModel) finishReviewCmd() tea.Cmd {
	r := reviewFromDraft(&m.draft, m.set, journal.DateOf(m.sh.Now()))
	draftID, j := m.draft.ID, m.sh.Journal
	return func() tea.Msg {
		err := j.FinishReview(draftID, &r)
		return reviewSavedMsg{review: r, err: err}
	}
}

// reviewMsg handles the weekly review's messages that change screens.
func (m *Model) reviewMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case startFlowMsg:
		return m.startReflection(&msg.draft)
	case reviewSavedMsg:
		if msg.err != nil {
			// The flow keeps the answers and says what went wrong.
			return m.reflect.finishDone(interviewSavedMsg{err: msg.err})
		}
		m.reflect.Close() // the finished flow stops autosaving
		m.page, m.screen = newReviewPage(m.sh, msg.review.ID, true), kit.ScreenReview
		return m.page.Init()
	}
	return nil
}

// reviewScreen builds the page of one of the weekly review's screens.
func (m *Model) reviewScreen(to kit.ScreenID, id uint64) kit.Screen {
	switch to {
	case kit.ScreenReviews:
		return newReviewListPage(m.sh)
	case kit.ScreenReview:
		return newReviewPage(m.sh, id, false)
	}
	return newGlancePage(m.sh)
}

// leaveReview goes back home, or closes the app when it was opened straight
// into the review.
func leaveReview(sh *kit.Context) tea.Cmd {
	quit := sh.Standalone
	return func() tea.Msg { return reflectDoneMsg{quit: quit} }
}
