package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// Ending the app from a screen with a box open: the words typed in it are
// saved first (see kit.Keeper), on ctrl+c as on a signal.

// keeperQuitKey reports whether msg is ctrl+c on a screen that may hold
// typed words, which the root then handles (quitKeeping).
func (m *Model) keeperQuitKey(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || m.screen == kit.ScreenReflect || m.screen == kit.ScreenHome || !key.Matches(k, m.sh.Keys.Global.Quit) {
		return false
	}
	_, keeper := m.page.(kit.Keeper)
	return keeper
}

// quitKeeping ends the app, once the open screen kept what was typed in
// its box. A second ctrl+c after a keep failed ends it without.
func (m *Model) quitKeeping() tea.Cmd {
	if m.keeping {
		return nil // the keep's answer ends the app
	}
	if kp, ok := m.page.(kit.Keeper); ok && !m.keepFailed {
		if cmd := kp.KeepTyped(); cmd != nil {
			m.keeping = true
			return cmd
		}
	}
	if m.keepFailed {
		m.unkept = m.keepErr
	}
	m.quit = true
	return tea.Quit
}

// Unkept is why words typed in a box were not kept when the app ended
// without them (ctrl+c twice after a keep failed, or a signal), nil when
// nothing typed was lost: Run reports it, and debrief exits with its code.
func (m *Model) Unkept() error {
	if m.unkept == nil {
		return nil
	}
	return &journal.Error{Code: journal.ErrorCode(m.unkept), Message: "What you typed in the last box was not saved: " + journal.ErrorMessage(m.unkept), Err: m.unkept}
}

// kept ends the app once the words were kept. When they could not be, the
// app stays and says so, unless a signal asked it to end.
func (m *Model) kept(msg kit.KeptMsg) tea.Cmd {
	m.keeping = false
	var cmd tea.Cmd
	if m.page != nil {
		cmd = m.page.Update(msg)
	}
	if msg.Err == nil || m.signalled {
		m.unkept = msg.Err
		m.quit = true
		return tea.Quit
	}
	m.keepFailed, m.keepErr = true, msg.Err
	// The keys first: a long reason is cut at the screen's edge.
	return tea.Batch(cmd, m.sh.SetStatus("ctrl+c again quits without what you typed; any other key goes on. Not saved: "+
		journal.ErrorMessage(msg.Err), true))
}
