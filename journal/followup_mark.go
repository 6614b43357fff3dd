package journal

import (
	"slices"
	"strings"
)

// MarkFollowUp records what the user did about the follow-up with the given
// ID, on the day on:
//   - FollowUpDone stores the day it was done (on) and an optional note;
//   - FollowUpSnoozed puts it off until the day until, which must come after
//     on; it is open again from that day;
//   - FollowUpSkipped stores the reason, if any, in the note;
//   - FollowUpOpen undoes any of these by removing the record, so the rules
//     decide again.
//
// A message the user edited stays with the follow-up through all of these.
//
// The record also keeps the day the follow-up was due on, so that it still
// makes sense as history once the rules stop calling for it. A bad ID,
// status or day is an *Error with code EInvalid and changes nothing.
func (iv *Interview) MarkFollowUp(id string, status FollowUpStatus, on Date, until Date, note string) error {
	kind, _, err := ParseFollowUpID(id)
	if err != nil {
		return err
	}
	note = strings.TrimSpace(note)
	if len(note) > MaxTextBytes {
		return Errorf(EInvalid, "the note is longer than %d bytes", MaxTextBytes)
	}
	if status == FollowUpOpen {
		if old := findFollowUpRecord(iv.FollowUps, id); old != nil && (old.Edited() || old.HasAside()) {
			*old = FollowUp{ID: id, Kind: kind, Status: FollowUpOpen, Due: old.Due, Message: old.Message, Aside: old.Aside}
			return nil
		}
		iv.FollowUps = slices.DeleteFunc(iv.FollowUps, func(r FollowUp) bool { return r.ID == id })
		return nil
	}
	if on.IsZero() {
		return Errorf(EInvalid, "the day of the change is missing")
	}
	rec := FollowUp{ID: id, Kind: kind, Status: status, Note: note}
	switch status {
	case FollowUpDone:
		rec.DoneAt = on
	case FollowUpSnoozed:
		if !until.After(on) {
			return Errorf(EInvalid, "a follow-up can only be snoozed until a day after %s", on)
		}
		rec.SnoozedUntil = until
	case FollowUpSkipped:
	default:
		return Errorf(EInvalid, "status %q is not one of open, done, snoozed, skipped", status)
	}
	rec.Due = ruleDue(iv, id, on)
	if old := findFollowUpRecord(iv.FollowUps, id); old != nil {
		if rec.Due.IsZero() {
			rec.Due = old.Due
		}
		rec.Message, rec.Aside = old.Message, old.Aside
		*old = rec
		return nil
	}
	iv.FollowUps = append(iv.FollowUps, rec)
	return nil
}

// ruleDue returns the day the rules make the follow-up due on, ignoring any
// snooze, or the zero Date when the rules do not call for it.
func ruleDue(iv *Interview, id string, today Date) Date {
	var buf [12]FollowUp
	for _, f := range appendRuleFollowUps(buf[:0], iv, today) {
		if f.ID == id {
			return f.Due
		}
	}
	return Date{}
}
