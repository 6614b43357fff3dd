package flow

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Opening $EDITOR from a prompt: what was typed is saved to the draft
// first, and the editor opens once that save is done, so a terminal closed
// while the editor is open loses nothing typed before ctrl+e.

// openEditor stores what the input holds in the draft and saves it; the
// editor opens when the save is back (see editorAfterSave).
func (m *Model) openEditor() tea.Cmd {
	m.apply(false)
	m.dirty = true
	m.editorWaits = true
	// With a save in flight, save only marks the draft dirty: the save
	// after it takes what was typed, and the editor waits for that one.
	return m.save()
}

// editorAfterSave opens the editor asked for once no save is in flight,
// the one that held what was typed before ctrl+e done. A save that failed
// does not keep the editor shut: its error is on screen, and the draft is
// tried again with the editor's text. A flow being left (paused, finished)
// no longer opens it.
func (m *Model) editorAfterSave() tea.Cmd {
	if m.pausing || m.finishing {
		m.editorWaits = false
	}
	if !m.editorWaits || m.saving {
		return nil
	}
	m.editorWaits = false
	return kit.OpenEditor(m.input.EditorText())
}
