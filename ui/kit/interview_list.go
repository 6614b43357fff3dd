package kit

import "github.com/debrief-journal/debrief/journal"

// InterviewList is the cached list of interviews as an interview page
// opened from it sees it: the order to step through and the rows to keep
// in step with what the page read.
type InterviewList interface {
	// Neighbour returns the interview before (step -1) or after (step 1)
	// id in the list's order, or 0 at either end.
	Neighbour(id uint64, step int) uint64
	// Select moves the list's selection to an interview.
	Select(id uint64)
	// Position says where an interview is in the list, such as "3 of 37",
	// or "" when it is not there.
	Position(id uint64) string
	// Refresh brings an interview's row in step with what was read.
	Refresh(iv *journal.Interview)
	// Remove drops the row of an interview that no longer exists.
	Remove(id uint64)
}
