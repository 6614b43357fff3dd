package kit

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Words typed into a small box (one answer changed, a story, a message, a
// sharpened answer) are kept like a reflection's: saved about a second
// after the user stops typing (Autosave), and saved before the app ends on
// ctrl+c or a signal (Keeper).

// Keeper is a Screen that may hold words typed into a box and not saved
// yet. The root asks it to keep them before the app ends, on ctrl+c and on
// a signal: KeepTyped returns a command that saves them where the user
// will find them again and answers KeptMsg, or nil when the screen holds
// nothing unsaved, and the app then ends at once.
type Keeper interface {
	KeepTyped() tea.Cmd
}

// KeptMsg answers Keeper.KeepTyped; Err says why the words could not be
// kept.
type KeptMsg struct{ Err error }

// AutosaveDelay is how long after a change a box's words are saved: what a
// crash can lose is the typing of about this long.
const AutosaveDelay = time.Second

// AutosaveMsg is an Autosave's tick.
type AutosaveMsg struct{ id int64 }

// autosaveIDs numbers the ticks of every Autosave, so that a tick of a box
// that closed, or of an earlier round, is never taken for a current one.
var autosaveIDs atomic.Int64

// Autosave paces the saving of a box's words as the user types: the first
// change after a save asks for one tick, AutosaveDelay later; changes in
// between ride along with it. The zero value is ready to use.
type Autosave struct {
	pending int64 // the id of the tick asked for, or 0
}

// Changed notes that the words changed and returns the tick to wait for,
// or nil when one is already on its way.
func (a *Autosave) Changed(sh *Context) tea.Cmd {
	if a.pending != 0 {
		return nil
	}
	id := autosaveIDs.Add(1)
	a.pending = id
	return sh.Tick(AutosaveDelay, func(time.Time) tea.Msg { return AutosaveMsg{id: id} })
}

// Due reports whether msg is the tick this Autosave waits for: the moment
// to save. Later changes ask for a new tick.
func (a *Autosave) Due(msg AutosaveMsg) bool {
	if a.pending == 0 || msg.id != a.pending {
		return false
	}
	a.pending = 0
	return true
}

// Pending reports whether a change waits for its tick.
func (a *Autosave) Pending() bool { return a.pending != 0 }

// Stop forgets the tick on its way, as when the box closes or its words
// were saved some other way.
func (a *Autosave) Stop() { a.pending = 0 }
