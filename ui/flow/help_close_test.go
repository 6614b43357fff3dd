package flow

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestEscClosesHelpFirst: with the keys shown in full (?), esc closes
// them, as on every other screen, and only the next esc pauses; on the
// summary the same, and the next esc goes home.
func TestEscClosesHelpFirst(t *testing.T) {
	keyEsc := tea.KeyPressMsg{Code: tea.KeyEscape}
	keyHelp := tea.KeyPressMsg{Code: '?', Text: "?"}
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter, keyHelp)
	if !m.reflect.showHelp {
		t.Fatalf("? on an empty answer did not show the keys:\n%s", m.view())
	}
	m.press(keyEsc)
	if m.reflect.showHelp || m.reflect.pausing || len(m.done) != 0 {
		t.Fatalf("esc with the keys shown: help %v, pausing %v, done %+v", m.reflect.showHelp, m.reflect.pausing, m.done)
	}
	m.press(keyEsc)
	if len(m.done) != 1 || !m.done[0].Paused || m.done[0].Quit {
		t.Fatalf("the second esc did not pause: %+v", m.done)
	}
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("the paused draft holds %+v", d.Interview)
	}

	m = startFlow(t, newFakeJournal())
	m.typeText("Acme")
	m.press(keyEnter)
	m.typeText("Engineer")
	m.press(keyCtrlS)
	if m.reflect.saved == nil {
		t.Fatal("ctrl+s did not finish")
	}
	m.press(keyHelp, keyEsc)
	if m.reflect.showHelp || len(m.done) != 0 {
		t.Fatalf("esc with the summary's keys shown: help %v, done %+v", m.reflect.showHelp, m.done)
	}
	m.press(keyEsc)
	if len(m.done) != 1 || m.done[0].Quit {
		t.Fatalf("the second esc on the summary: %+v, want home", m.done)
	}
}
