package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// keyQuit is the key a signal stands for: ctrl+c, which in a reflection
// saves the draft with every word typed before the app quits.
var keyQuit = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}

// endOnSignal starts ending the app because a signal asked it to (see
// signals.go).
func (m *Model) endOnSignal() tea.Cmd {
	m.signalled = true
	return m.leaveOnSignal()
}

// leaveOnSignal moves the app on towards its end once a signal came: a
// reflection gets ctrl+c again after each message until it has saved its
// draft and left (a ctrl+c while a save is in flight waits for it); a
// screen with a box open keeps what was typed in it first (see
// keep_typed.go); any other screen quits at once.
func (m *Model) leaveOnSignal() tea.Cmd {
	if m.quit {
		return nil
	}
	if m.screen == kit.ScreenReflect {
		return m.reflect.Update(keyQuit)
	}
	if m.screen != kit.ScreenHome && m.page != nil {
		return m.quitKeeping()
	}
	m.quit = true
	return tea.Quit
}
