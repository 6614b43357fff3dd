package ui

import (
	"testing"
)

// The rules of moving around the app, checked on the root model.

func TestEscNeverQuits(t *testing.T) {
	m := openList(t, demoJournal(t, 5))
	press(t, m, keyEnter) // the interview page
	for range 5 {
		press(t, m, keyEsc)
	}
	if m.quit || m.screen != screenHome {
		t.Fatalf("esc pressed from the interview page: quit %v, screen %v; want home", m.quit, m.screen)
	}
	press(t, m, letter('q'))
	if !m.quit {
		t.Fatal("q on home did not quit")
	}
}

func TestEscOnHomeClearsTheStatus(t *testing.T) {
	m := newTestModel(t, demoJournal(t, 3), StartHome)
	m.sh.setStatus("Draft kept.", false)
	press(t, m, keyEsc)
	if m.quit || m.sh.status != "" {
		t.Fatalf("esc on home: quit %v, status %q", m.quit, m.sh.status)
	}
}
