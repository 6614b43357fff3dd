package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// TestSignalSavesTheReflection ends the app with a signal in the middle of
// an answer, a save of older text still in flight: the app quits only once
// the draft holds every word, as after ctrl+c.
func TestSignalSavesTheReflection(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	// A save under way (the autosave of "Ac"), whose reply comes later.
	_, held := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	typeText(t, m, "Globex")
	d := drive(t, m)
	d.Run(func() tea.Msg { return signalMsg{} })
	if d.Quit {
		t.Fatal("the app quit before the save in flight came back")
	}
	d.Run(held)
	if !d.Quit {
		t.Fatal("the app did not quit once the draft was saved")
	}
	if got := onlyDraft(t, j); got.Interview.Company != "Acme" || got.Interview.Role != "Globex" {
		t.Fatalf("the draft holds %q, %q; want every word typed", got.Interview.Company, got.Interview.Role)
	}
}

// TestSignalOnHomeQuits ends the app at once on a screen with nothing
// being typed.
func TestSignalOnHomeQuits(t *testing.T) {
	m := newTestModel(t, newFakeJournal(), StartHome)
	if m.screen != kit.ScreenHome {
		t.Fatalf("screen %v", m.screen)
	}
	d := drive(t, m)
	d.Run(func() tea.Msg { return signalMsg{} })
	if !d.Quit {
		t.Fatal("a signal on home did not quit")
	}
}
