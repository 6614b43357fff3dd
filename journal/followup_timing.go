package journal

import "time"

// StaleAfterDays is how many days past its deadline an open follow-up stops
// being merely overdue and becomes stale: most likely too late to be worth
// doing, shown apart so it can be let go.
const StaleAfterDays = 30

// forgetAfterDays is how many days past its deadline an open follow-up
// leaves the plan altogether, so that years of old interviews (an imported
// journal, say) do not ask for anything. Keep-in-touch notes roll forward
// instead.
const forgetAfterDays = 120

// Today returns the calendar day that now falls on where the user is. Pass
// now in the user's local zone: the same instant is already tomorrow in
// Auckland while it is still today in Honolulu, and a follow-up is due on the
// user's day, not on the server's.
func Today(now time.Time) Date { return DateOf(now) }

// Deadline returns the last day the follow-up can be done on time: its due
// day plus the grace its kind allows (a thank-you is due on the day of the
// interview and still fine the next day). It is the zero Date when the
// follow-up has no due day.
func (f FollowUp) Deadline() Date {
	if f.Due.IsZero() {
		return Date{}
	}
	return f.Due.AddDays(f.Kind.graceDays())
}

// DueToday reports whether the follow-up is open and today lies in its window,
// from its due day to its deadline. A feedback request, for instance, has a
// window of a week and is due on each of those days.
func (f FollowUp) DueToday(today Date) bool {
	return f.Status == FollowUpOpen && !f.Due.IsZero() &&
		!today.Before(f.Due) && !today.After(f.Deadline())
}

// Overdue reports whether the follow-up is open and its deadline has passed.
// Done, skipped and snoozed follow-ups are never overdue.
func (f FollowUp) Overdue(today Date) bool {
	return f.Status == FollowUpOpen && !f.Due.IsZero() && today.After(f.Deadline())
}

// DaysLate returns how many days past its deadline an overdue follow-up is,
// or 0 when it is not overdue.
func (f FollowUp) DaysLate(today Date) int {
	if !f.Overdue(today) {
		return 0
	}
	return f.Deadline().DaysUntil(today)
}

// Stale reports whether the follow-up is open and more than StaleAfterDays
// past its deadline.
func (f FollowUp) Stale(today Date) bool { return f.DaysLate(today) > StaleAfterDays }

// NeedsUser returns the days on which the follow-up, open or snoozed,
// needs the user as debrief counts it: from its due day (or the day its
// snooze ends, when later) through StaleAfterDays past its deadline, after
// which it is stale. Both are zero when it has no due day.
func (f FollowUp) NeedsUser() (from, until Date) {
	if f.Due.IsZero() {
		return Date{}, Date{}
	}
	if f.Status == FollowUpSnoozed {
		// Once the snooze is over it is due again from that day (see
		// PlanFollowUps), and its deadline moves with it.
		f.Due = laterOf(f.Due, f.SnoozedUntil)
	}
	return f.Due, f.Deadline().AddDays(StaleAfterDays)
}
