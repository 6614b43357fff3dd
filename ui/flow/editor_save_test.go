package flow

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

var keyCtrlE = tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}

// TestEditorOpensAfterTheDraftIsSaved types an answer and presses ctrl+e:
// by the time the editor is to start (its file ready), the draft on disk
// holds every word typed, so a terminal closed while the editor is open
// loses none of them.
func TestEditorOpensAfterTheDraftIsSaved(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	for _, inFlight := range []bool{false, true} {
		j := newFakeJournal()
		m := startFlow(t, j)
		var atEditor []string // the company in the journal's draft when the editor was to start
		update := m.d.Update
		m.d.Update = func(msg tea.Msg) tea.Cmd {
			if _, ok := msg.(kit.EditorReadyMsg); ok {
				ds, _ := j.Drafts()
				company := ""
				if len(ds) == 1 {
					company = ds[0].Interview.Company
				}
				atEditor = append(atEditor, company)
				return nil
			}
			return update(msg)
		}
		var held tea.Cmd
		if inFlight {
			// A save already under way holds older text; the editor waits
			// for the one after it.
			m.typeText("Ac ")
			m.reflect.apply(false)
			held = m.reflect.save()
		}
		m.typeText("Acme")
		m.press(keyCtrlE)
		if held != nil {
			if len(atEditor) != 0 {
				t.Fatalf("the editor was to open while a save of older text was in flight (the draft held %q)", atEditor)
			}
			m.d.Send(held())
		}
		want := map[bool]string{false: "Acme", true: "Ac Acme"}[inFlight]
		if len(atEditor) != 1 || atEditor[0] != want {
			t.Fatalf("save in flight %v: the draft held %q when the editor was to open; want %q", inFlight, atEditor, want)
		}
	}
}
