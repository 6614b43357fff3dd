package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// TestKeysTypedAheadReachTheScreenTheyOpen: keys typed right behind the
// one that opens a screen, all in before any command has run, do what the
// same keys do when typed slowly: l, down, down, enter opens the third
// interview of the list, and f, j, j selects the third follow-up.
func TestKeysTypedAheadReachTheScreenTheyOpen(t *testing.T) {
	down, enter := tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyEnter}
	letter := func(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }
	for _, keys := range [][]tea.KeyPressMsg{
		{letter('l'), down, down, enter},
		{letter('f'), letter('j'), letter('j')},
	} {
		slow := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
		press(t, slow, keys...)
		fast := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
		var cmds []tea.Cmd
		for _, k := range keys {
			_, cmd := fast.Update(k)
			cmds = append(cmds, cmd)
		}
		for _, cmd := range cmds {
			run(t, fast, cmd)
		}
		if fast.screen != slow.screen || fast.pageID != slow.pageID || screenText(fast) != screenText(slow) {
			t.Errorf("%v typed ahead: screen %v (%d), typed slowly: %v (%d)\n%s\n---\n%s",
				keys, fast.screen, fast.pageID, slow.screen, slow.pageID, screenText(fast), screenText(slow))
		}
	}
}

// TestHeldKeysGoAfterTheLimit: a screen that never finishes loading gets
// the keys held for it once keyHoldLimit has passed, and ctrl+c is never
// held.
func TestHeldKeysGoAfterTheLimit(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
	m.Update(tea.KeyPressMsg{Code: 'f', Text: "f"}) // its load is never run
	if !m.loading() {
		t.Fatal("the follow-ups are not loading")
	}
	if _, limit := m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"}); limit == nil || len(m.held) != 1 {
		t.Fatalf("j was not held (%d held)", len(m.held))
	}
	m.Update(releaseHeldMsg{hold: m.holds})
	if len(m.held) != 0 {
		t.Fatalf("%d keys still held after the limit", len(m.held))
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if len(m.held) != 1 {
		t.Fatalf("ctrl+c was held for the screen to load (%d held)", len(m.held))
	}
	if run(t, m, cmd); !m.quit || m.screen != kit.ScreenFollowUps {
		t.Fatalf("ctrl+c on the loading follow-ups: quit %v, on %v", m.quit, m.screen)
	}
}
