package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/drill"
	"github.com/debrief-journal/debrief/ui/feedback"
	"github.com/debrief-journal/debrief/ui/flow"
	"github.com/debrief-journal/debrief/ui/followups"
	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/outcome"
	"github.com/debrief-journal/debrief/ui/patterns"
	"github.com/debrief-journal/debrief/ui/prep"
	"github.com/debrief-journal/debrief/ui/stories"
)

// open shows a screen. Each screen of the app has its case here.
func (m *Model) open(to kit.ScreenID, id uint64) tea.Cmd {
	m.reflect.Close() // a flow that was open stops autosaving
	m.clearOldStatus()
	m.leaving(to)
	m.pageID = id
	m.page = nil
	m.screen = to
	switch to {
	case kit.ScreenHome:
		return m.home.Init()
	case kit.ScreenPatterns:
		m.page = patterns.New(m.sh)
		return m.page.Init()
	case kit.ScreenReviewGlance, kit.ScreenReviews, kit.ScreenReview:
		m.page = m.reviewScreen(to, id)
		return m.page.Init()
	case kit.ScreenBrowse:
		return m.openBrowse(id)
	case kit.ScreenDetail:
		return m.openDetail(id)
	case kit.ScreenFollowUps:
		p := followups.New(m.sh)
		if m.followUp != "" {
			p.OpenOn(id, m.followUp)
			m.followUp = ""
		}
		m.page = p
		return m.page.Init()
	case kit.ScreenOutcome:
		m.page = outcome.New(m.sh, id)
		return m.page.Init()
	case kit.ScreenFeedback:
		m.page = feedback.New(m.sh, id)
		return m.page.Init()
	case kit.ScreenDrill:
		m.page = drill.New(m.sh, m.theme)
		return m.page.Init()
	case kit.ScreenStories:
		m.page = stories.New(m.sh)
		return m.page.Init()
	case kit.ScreenPrep:
		m.page = prep.New(m.sh, m.opts.PrepCompany, m.opts.PrepRole)
		return m.page.Init()
	}
	m.screen = kit.ScreenHome
	return m.home.Init()
}

// startReflection opens the flow on a draft, or on a new one. A saved
// draft is claimed first (see flow_claim.go): it opens once this debrief
// holds it, and not while another debrief has it open.
func (m *Model) startReflection(d *journal.Draft) tea.Cmd {
	if d == nil {
		d = &journal.Draft{Kind: journal.DraftInterview, Interview: m.opts.Prefill}
		m.opts.Prefill = journal.Interview{}
	}
	if d.ID != 0 {
		return m.claimDraft(*d)
	}
	return m.openFlow(d)
}

// openFlow shows the flow on a draft this debrief may write: a new one, or
// one it holds.
func (m *Model) openFlow(d *journal.Draft) tea.Cmd {
	m.enteringFlow(d.Kind)
	if d.Kind == journal.DraftInterview && d.InterviewID != 0 {
		m.page = nil // an edit leaves the interview's page; it opens again after
	}
	m.clearOldStatus()
	m.screen = kit.ScreenReflect
	m.reflect = flow.New(m.sh, *d)
	return m.reflect.Init()
}
