package journal

import (
	"cmp"
	"slices"
)

// PlanFollowUps returns the follow-ups of an interview as of today: the ones
// the rules call for, each in the state the user's records put it in (done,
// skipped, snoozed, or open when there is no record), followed in date order
// by the done and skipped ones the rules no longer call for, which are kept
// as history.
//
// A snoozed follow-up whose day has come (SnoozedUntil on or before today) is
// open again, due on that day. An open follow-up left untouched long past its
// deadline (forgetAfterDays) leaves the plan, so interviews logged late still
// get their follow-ups while years-old ones stop asking; before that it is
// stale (see FollowUp.Stale) and can be let go. The result is sorted by due day, then by the usual order of kinds.
func PlanFollowUps(iv *Interview, today Date) []FollowUp {
	out := appendPlan(nil, iv, today)
	slices.SortFunc(out, compareFollowUps)
	return out
}

// appendPlan appends the unsorted plan of iv to dst, allocating only when dst
// must grow.
func appendPlan(dst []FollowUp, iv *Interview, today Date) []FollowUp {
	if iv == nil {
		return dst
	}
	start := len(dst)
	dst = appendRuleFollowUps(dst, iv, today)
	kept := start
	for i := start; i < len(dst); i++ {
		if f, ok := applyRecord(dst[i], findFollowUpRecord(iv.FollowUps, dst[i].ID), today); ok {
			dst[kept] = f
			kept++
		}
	}
	dst = dst[:kept]
	for _, r := range iv.FollowUps {
		if r.Status != FollowUpDone && r.Status != FollowUpSkipped {
			continue // an intention the rules no longer call for is dropped
		}
		if slices.ContainsFunc(dst[start:], func(f FollowUp) bool { return f.ID == r.ID }) {
			continue
		}
		if r.Kind == "" {
			r.Kind, _, _ = ParseFollowUpID(r.ID)
		}
		dst = append(dst, r)
	}
	return dst
}

// applyRecord puts a planned follow-up in the state its record says and
// reports whether it still belongs in the plan.
func applyRecord(f FollowUp, r *FollowUp, today Date) (FollowUp, bool) {
	if r != nil {
		f.Note, f.Message, f.Aside = r.Note, r.Message, r.Aside
		switch r.Status {
		case FollowUpDone:
			f.Status, f.DoneAt = FollowUpDone, r.DoneAt
			return f, true
		case FollowUpSkipped:
			f.Status = FollowUpSkipped
			return f, true
		case FollowUpSnoozed:
			if r.SnoozedUntil.IsZero() {
				break
			}
			f.SnoozedUntil = r.SnoozedUntil
			if r.SnoozedUntil.After(today) {
				f.Status = FollowUpSnoozed
				return f, true
			}
			// The snooze is over: the follow-up is due again from that day,
			// and the user's choice to postpone restarts its staleness clock.
			f.Due = laterOf(f.Due, r.SnoozedUntil)
		}
	}
	if f.Kind.forgotten() && today.After(f.Deadline().AddDays(forgetAfterDays)) {
		return f, false
	}
	return f, true
}

// findFollowUpRecord returns the user's record of the follow-up with the
// given ID, or nil.
func findFollowUpRecord(records []FollowUp, id string) *FollowUp {
	for i := range records {
		if records[i].ID == id {
			return &records[i]
		}
	}
	return nil
}

// compareFollowUps orders follow-ups by due day (the day it was done for a
// history record without one), then by the usual order of kinds, then by ID.
func compareFollowUps(a, b FollowUp) int {
	if c := followUpDay(a).Compare(followUpDay(b)); c != 0 {
		return c
	}
	if c := a.Kind.rank() - b.Kind.rank(); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func followUpDay(f FollowUp) Date {
	if f.Due.IsZero() {
		return f.DoneAt
	}
	return f.Due
}
