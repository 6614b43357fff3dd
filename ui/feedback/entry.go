package feedback

import (
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// The feedback being written is one entry among the interview's feedback,
// stored from its first words: each write puts the entry as the form now
// holds it in place of the entry as the form last wrote it, in the
// interview as stored at that moment, so that what another debrief saved
// meanwhile (another piece of feedback, an answer changed) stays.

// entryIn returns where old is among the feedback of iv: the last entry
// equal to it, or -1 when old is nil or no longer there.
func entryIn(iv *journal.Interview, old *journal.Feedback) int {
	if old == nil {
		return -1
	}
	for i := len(iv.Feedback) - 1; i >= 0; i-- {
		if iv.Feedback[i] == *old {
			return i
		}
	}
	return -1
}

// putEntry puts fb in place of old among the feedback of iv, or at the end
// when old is not there; a nil fb takes old out. fb is checked as
// AddFeedback checks it, and trimmed. It returns where fb now is (-1 when
// it is nil) and whether old was found.
func putEntry(iv *journal.Interview, old, fb *journal.Feedback) (at int, found bool, err error) {
	at = entryIn(iv, old)
	found = at >= 0
	if fb == nil {
		if found {
			iv.Feedback = slices.Delete(iv.Feedback, at, at+1)
		}
		return -1, found, nil
	}
	check := journal.Interview{Date: iv.Date}
	if err := check.AddFeedback(*fb); err != nil {
		return -1, found, err
	}
	if !found {
		iv.Feedback = append(iv.Feedback, check.Feedback[0])
		return len(iv.Feedback) - 1, false, nil
	}
	iv.Feedback[at] = check.Feedback[0]
	return at, true, nil
}

// keptDay is the day an entry is kept under while the user types: the day
// typed when it is one the feedback may have, otherwise the day it was
// last kept under, or today; never before the interview.
func keptDay(typed string, iv *journal.Interview, last *journal.Feedback, today journal.Date) journal.Date {
	day, err := journal.ParseDate(typed)
	if err != nil || day.IsZero() || !iv.Date.IsZero() && day.Before(iv.Date) {
		day = today
		if last != nil {
			day = last.Date
		}
	}
	if !iv.Date.IsZero() && day.Before(iv.Date) {
		day = iv.Date
	}
	return day
}
