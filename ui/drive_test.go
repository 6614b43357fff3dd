package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// fixedNow is the clock of screen tests.
var fixedNow = uitest.Now()

// shortTimers are the timers a test lets fire at once: the list's wait
// before reading in the background. The autosave and the status line's
// timeout are held, as if the test were quicker than they are.
const shortTimers = uitest.ShortTimers

// drive returns the test driver of the root model (see uitest.Driver).
func drive(t testing.TB, m *Model) *uitest.Driver {
	return &uitest.Driver{TB: t, Short: shortTimers, Update: func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	}}
}

// run executes a command the way the program would, to completion, and
// feeds every message it produces back into the model.
func run(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	d := drive(t, m)
	d.Run(cmd)
	if d.Quit {
		m.quit = true
	}
}

// press sends keys to the model, running what they start.
func press(t testing.TB, m *Model, keys ...tea.KeyPressMsg) {
	t.Helper()
	for _, k := range keys {
		_, cmd := m.Update(k)
		run(t, m, cmd)
	}
}

// typeText sends each rune as a key press.
func typeText(t testing.TB, m *Model, s string) {
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
