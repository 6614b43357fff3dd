package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The root keeps the trail of screens that led to the one showing, so that
// going back returns to exactly where the user came from. The list of
// interviews comes back as it was left, filter and selection included.

// here is the screen showing, as a place to come back to: the interview
// page by the interview it shows now, which n and p may have changed.
func (m *Model) here() kit.NavigateMsg {
	at := kit.NavigateMsg{To: m.screen, ID: m.pageID}
	if d, ok := m.page.(*detailPage); ok && m.screen == kit.ScreenDetail {
		at.ID = d.id
	}
	return at
}

// leaving records the screen showing on the trail before another opens.
// The outcome picker and the feedback form are only passed through, and
// the guided flow is not a place to come back to. Opening a screen already
// on the trail, or home, returns to it: the trail is cut there, so it never
// grows past the screens that lead to the one showing.
func (m *Model) leaving(to kit.ScreenID) {
	m.showKeys = false
	if to == kit.ScreenHome {
		m.trail = nil
		return
	}
	if i := slices.IndexFunc(m.trail, func(n kit.NavigateMsg) bool { return n.To == to }); i >= 0 {
		m.trail = m.trail[:i]
		return
	}
	if passing(m.screen) || m.screen == kit.ScreenReflect {
		return
	}
	m.trail = append(m.trail, m.here())
}

// goBackCmd opens the screen the one showing was opened from, home when
// there is none.
func (m *Model) goBackCmd() tea.Cmd {
	if len(m.trail) == 0 {
		return m.open(kit.ScreenHome, 0)
	}
	to := m.trail[len(m.trail)-1]
	m.returning = true
	defer func() { m.returning = false }()
	return m.open(to.To, to.ID)
}

// enteringFlow notes where the guided flow opens from. The reflection on a
// decision, opened from an interview, returns there when it ends; the
// other flows end at home, or at the interview they edit.
func (m *Model) enteringFlow(kind journal.DraftKind) {
	m.flowBack = kind == journal.DraftFeedback && m.screen != kit.ScreenHome && m.screen != kit.ScreenReflect
	if m.flowBack {
		m.leaving(kit.ScreenReflect)
	}
}

// leaveFlow goes back where a flow that returns was opened from, once it
// ended or was paused. It reports false for a flow that does not return.
func (m *Model) leaveFlow(msg reflectDoneMsg) (tea.Cmd, bool) {
	if !m.flowBack {
		return nil, false
	}
	m.flowBack = false
	var status tea.Cmd
	if msg.paused {
		status = m.sh.SetStatus("Draft kept. Resume it any time from here.", false)
	}
	return tea.Batch(status, m.goBackCmd()), true
}

// A status line belongs to the screen it was shown on. A screen change
// clears it, errors included, unless it was set since the last key was
// handled: then it reports what led to the change ("Outcome saved", "Draft
// kept") and shows on the new screen.

// keyHandled notes the status line as it stands once a key was handled.
func (m *Model) keyHandled() { m.statusAtKey = m.line.ID() }

// clearOldStatus clears a status line set before the last key.
func (m *Model) clearOldStatus() {
	if m.line.ID() == m.statusAtKey {
		m.line.Clear()
	}
}

// passing reports whether a screen is only passed through on the way back:
// the outcome picker and the feedback form return where they were opened
// from, not to each other.
func passing(s kit.ScreenID) bool { return s == kit.ScreenOutcome || s == kit.ScreenFeedback }
