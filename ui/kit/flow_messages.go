package kit

import "github.com/debrief-journal/debrief/journal"

// The messages the guided flow sends the root when it ends.

// FlowDoneMsg tells the root that the guided flow was left: paused (its
// draft kept) or finished; Quit asks to close the app as well.
type FlowDoneMsg struct {
	Paused bool
	Quit   bool
}

// EditSavedMsg tells the root that the flow saved its changes to an
// interview it was editing, so the root can show that interview again.
type EditSavedMsg struct {
	Interview journal.Interview
	// Note, when set, is the status line to show instead of the usual one:
	// it says which answers saved meanwhile the edit replaced.
	Note string
}

// ReviewSavedMsg tells the root that the flow saved a finished weekly
// review, so the root can show it.
type ReviewSavedMsg struct {
	ID uint64
}
