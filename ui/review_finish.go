package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/review"
)

// reviewSaved shows the weekly review the flow just saved.
func (m *Model) reviewSaved(msg kit.ReviewSavedMsg) tea.Cmd {
	m.reflect.Close() // the finished flow stops autosaving
	m.page, m.screen = review.NewReview(m.sh, msg.ID, true), kit.ScreenReview
	return m.page.Init()
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
