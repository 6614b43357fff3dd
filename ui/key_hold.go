package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Keys typed while the screen showing still reads what it shows (a
// kit.Loader that is Loading) wait for it: the root holds them and hands
// them to the screen in order once it has loaded, so that "f j j" typed
// quickly moves down the follow-ups instead of losing both j. ctrl+c is
// never held. Should a screen take longer than keyHoldLimit, the keys go
// to it as they are.

// keyHoldLimit is the longest a key waits for a screen to load.
const keyHoldLimit = 2 * time.Second

// releaseHeldMsg hands the held keys over when a screen takes too long.
type releaseHeldMsg struct{ hold int }

// hold keeps msg, a key or a paste, when the screen showing is loading or
// keys are already waiting. It returns the timer that bounds the wait when
// the hold begins.
func (m *Model) hold(msg tea.Msg) (held bool, limit tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return false, nil
		}
	case tea.PasteMsg:
	default:
		return false, nil
	}
	if len(m.held) == 0 && !m.loading() {
		return false, nil
	}
	if len(m.held) == 0 {
		m.holds++
		hold := m.holds
		limit = m.sh.Tick(keyHoldLimit, func(time.Time) tea.Msg { return releaseHeldMsg{hold} })
	}
	m.held = append(m.held, msg)
	return true, limit
}

// loading reports whether the screen showing is still reading what it
// shows.
func (m *Model) loading() bool {
	if m.claiming {
		return true // the flow opens once its draft is claimed
	}
	var s any = m.page
	switch m.screen {
	case kit.ScreenHome:
		s = m.home
	case kit.ScreenReflect:
		return false
	}
	l, ok := s.(kit.Loader)
	return ok && l.Loading()
}

// release hands the held keys to the screen, in order, for as long as it
// is not loading (a key may open another screen that loads), or all of
// them when force is set.
func (m *Model) release(force bool) []tea.Cmd {
	var cmds []tea.Cmd
	for len(m.held) > 0 && (force || !m.loading()) {
		msg := m.held[0]
		m.held = m.held[1:]
		cmds = append(cmds, m.handle(msg))
	}
	return cmds
}
