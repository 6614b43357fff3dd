package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// fixedNow is the clock of screen tests.
var fixedNow = time.Date(2026, 3, 14, 17, 30, 0, 0, time.UTC)

// run executes a command the way the program would and feeds every message
// it produces back into the model. Commands that do not answer quickly
// (timers) are dropped, so tests never sleep.
func run(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(200 * time.Millisecond):
		return
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			run(t, m, c)
		}
	case tea.QuitMsg:
		m.quit = true
	default:
		_, next := m.Update(msg)
		run(t, m, next)
	}
}

// press sends keys to the model, running what they start.
func press(t *testing.T, m *Model, keys ...tea.KeyPressMsg) {
	t.Helper()
	for _, k := range keys {
		_, cmd := m.Update(k)
		run(t, m, cmd)
	}
}

// typeText sends each rune as a key press.
func typeText(t *testing.T, m *Model, s string) {
	t.Helper()
	for _, r := range s {
		press(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyBack  = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	keyEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyCtrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	keyCtrlJ = tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
	keyN     = tea.KeyPressMsg{Code: 'n', Text: "n"}
	keyR     = tea.KeyPressMsg{Code: 'r', Text: "r"}
)
