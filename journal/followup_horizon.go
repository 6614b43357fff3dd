package journal

// FollowUpHorizon returns the last day on which the interview can have an
// open follow-up, whatever day it is asked on, so that a journal can leave
// old interviews out of the agenda without planning each one. The zero Date
// means it never has one (it has no date, or nothing is left to do). The
// second result is false when there is no last day: a keep-in-touch note
// comes back for as long as the interest lasts.
//
// The horizon only moves when the interview changes (a new outcome, a
// snooze, a record undone), so it can be stored beside the interview.
func (iv *Interview) FollowUpHorizon() (Date, bool) {
	if iv == nil || iv.Date.IsZero() {
		return Date{}, true
	}
	// Every due day grows with the day an undated outcome is taken to have
	// arrived, so planning as of the latest such day gives the latest dues.
	latest := iv.Date.AddDays(undatedOutcomeWithin)
	var buf [12]FollowUp
	var last Date
	for _, f := range appendRuleFollowUps(buf[:0], iv, latest) {
		due := f.Due
		if r := findFollowUpRecord(iv.FollowUps, f.ID); r != nil {
			switch r.Status {
			case FollowUpDone, FollowUpSkipped:
				continue // closed until the record is undone, which changes the interview
			case FollowUpSnoozed:
				due = laterOf(due, r.SnoozedUntil)
			}
		}
		if !f.Kind.forgotten() {
			return Date{}, false
		}
		f.Due = due
		last = laterOf(last, f.Deadline().AddDays(forgetAfterDays))
	}
	return last, true
}
