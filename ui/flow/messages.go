package flow

import (
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// draftSavedMsg reports that a draft save finished, with the draft's ID.
type draftSavedMsg struct {
	id uint64
	// holder is the draft's hold as stored: this debrief's, or nil once
	// given back.
	holder *journal.DraftHolder
	// kept says whether the save went to a new draft (see elsewhere.go).
	kept  journal.DraftKept
	seq   int // which save this answers, to ignore stale replies
	err   error
	pause bool // the save was made on the way out
}

// interviewSavedMsg reports that a finished reflection was written.
type interviewSavedMsg struct {
	interview journal.Interview
	err       error
	// clashes names the answers the reflection changed that had been
	// changed meanwhile too, and were replaced by its answers.
	clashes []string
}

// autosaveTickMsg fires every second while a flow is open, to save what was
// typed since the last save.
type autosaveTickMsg struct {
	at time.Time
	id int
}
