package store

import (
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// planningRecords keeps the follow-up records the rules read: all of them
// but the keep-in-touch notes done or skipped that a later one supersedes.
// Of those the rules read only the highest number and the latest day (the
// next note is the one after the highest, due a while after the latest
// day), and never plan one of them again, so a journal kept for years,
// with a note every season for every company still of interest, would
// otherwise carry them all into every agenda. Each note that holds the
// highest number or the latest day is kept, as is any record the rules
// might read another way (open, snoozed, or with an ID they do not make).
// The result shares records with the journal's; it is records itself when
// nothing is left out.
func planningRecords(records []journal.FollowUp) []journal.FollowUp {
	highest, latest, superseded := 0, journal.Date{}, 0
	for _, r := range records {
		if n, when, ok := closedNote(r); ok {
			if n > highest {
				highest = n
			}
			if when.After(latest) {
				latest = when
			}
			superseded++
		}
	}
	if superseded <= 1 {
		return records
	}
	out := make([]journal.FollowUp, 0, len(records))
	for _, r := range records {
		if n, when, ok := closedNote(r); ok && n != highest && when.Compare(latest) != 0 {
			continue
		}
		out = append(out, r)
	}
	if len(out) == len(records) {
		return records
	}
	return out
}

// closedNote reports whether r is a keep-in-touch note done or skipped,
// with its number and the day the rules count it from: the day it was done
// (its due day when that is missing), or the day a skipped one was due.
func closedNote(r journal.FollowUp) (n int, when journal.Date, ok bool) {
	if !strings.HasPrefix(r.ID, string(journal.FollowUpKeepInTouch)+"-") {
		return 0, journal.Date{}, false
	}
	switch r.Status {
	case journal.FollowUpDone:
		when = r.DoneAt
		if when.IsZero() {
			when = r.Due
		}
	case journal.FollowUpSkipped:
		when = r.Due
	default:
		return 0, journal.Date{}, false
	}
	kind, n, err := journal.ParseFollowUpID(r.ID)
	if err != nil || kind != journal.FollowUpKeepInTouch {
		return 0, journal.Date{}, false
	}
	return n, when, true
}
