package kit

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
)

// ClashReadDelay is how long after a box says that another debrief changed
// what it saves a key that would save over that change is taken as pressed
// before the user could read the warning.
const ClashReadDelay = time.Second

// ClashReadMsg is a ClashWarning's tick.
type ClashReadMsg struct{ id int64 }

// clashWarningIDs numbers the ticks of every ClashWarning, so that the tick
// of an earlier warning never ends a later one's wait.
var clashWarningIDs atomic.Int64

// ClashWarning holds back, for ClashReadDelay, the save over another
// debrief's change that a box offers once it found one. An autosave finds
// the change in the background, and the key the user was about to press to
// save as usual is the key that saves over it: without the wait, a warning
// that came a moment before that key would count as read and answered.
// The zero value is ready to use.
type ClashWarning struct {
	pending int64 // the id of the tick that ends the wait, or 0
}

// Shown notes that the warning is on screen now, and returns the tick that
// ends the wait.
func (w *ClashWarning) Shown(sh *Context) tea.Cmd {
	id := clashWarningIDs.Add(1)
	w.pending = id
	return sh.Tick(ClashReadDelay, func(time.Time) tea.Msg { return ClashReadMsg{id: id} })
}

// Read takes msg, ending the wait when it is this warning's tick.
func (w *ClashWarning) Read(msg ClashReadMsg) {
	if msg.id == w.pending {
		w.pending = 0
	}
}

// TooSoon reports whether the warning came too recently for a key to
// answer it.
func (w *ClashWarning) TooSoon() bool { return w.pending != 0 }

// Forget ends the wait, as when the box closes.
func (w *ClashWarning) Forget() { w.pending = 0 }
