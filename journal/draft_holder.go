package journal

import "time"

// DraftHolder names the debrief that has a draft open in its guided flow,
// so that a debrief in another terminal does not open the same draft at the
// same time: two flows saving into one draft would each write over the
// other's words, and finishing both would save the reflection twice.
type DraftHolder struct {
	// PID is the process of the debrief holding the draft.
	PID int `json:"pid"`
	// Host is the name of the computer it runs on.
	Host string `json:"host"`
	// Since is when it opened the draft.
	Since time.Time `json:"since"`
}

// Same reports whether h and o are the same hold: the same debrief, which
// opened the draft at the same moment. Two nil holds are the same.
func (h *DraftHolder) Same(o *DraftHolder) bool {
	if h == nil || o == nil {
		return h == o
	}
	return h.PID == o.PID && h.Host == o.Host && h.Since.Equal(o.Since)
}

// DraftKept says where a save by the flow holding a draft wrote it.
type DraftKept int

// Where the save of a held draft went.
const (
	// KeptInPlace: the draft was written over its earlier state, as usual.
	KeptInPlace DraftKept = iota
	// KeptAsCopyTaken: another debrief had opened the draft since (this
	// one was thought to be gone) or changed it, so the save went to a new
	// draft rather than over the other's words.
	KeptAsCopyTaken
	// KeptAsCopyGone: the draft had been finished or discarded elsewhere,
	// so the save went to a new draft.
	KeptAsCopyGone
)
