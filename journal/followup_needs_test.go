package journal_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestNeedsUserIsWhenItCounts: the days NeedsUser gives are exactly those
// on which the follow-up is due or overdue but not yet stale, for every
// kind's grace, and for a snoozed one once the plan has it open again.
func TestNeedsUserIsWhenItCounts(t *testing.T) {
	due := journal.NewDate(2026, 3, 14)
	for _, kind := range []journal.FollowUpKind{journal.FollowUpThankYou, journal.FollowUpCheckIn, journal.FollowUpFeedbackRequest, journal.FollowUpConnect} {
		open := journal.FollowUp{Kind: kind, Status: journal.FollowUpOpen, Due: due}
		for _, snoozedUntil := range []journal.Date{{}, due.AddDays(-3), due.AddDays(20)} {
			f := open
			if !snoozedUntil.IsZero() {
				f.Status, f.SnoozedUntil = journal.FollowUpSnoozed, snoozedUntil
			}
			from, until := f.NeedsUser()
			// What the plan makes of it once any snooze is over.
			back := open
			if snoozedUntil.After(due) {
				back.Due = snoozedUntil
			}
			for day := due.AddDays(-5); !day.After(due.AddDays(90)); day = day.AddDays(1) {
				counts := back.DueToday(day) || (back.Overdue(day) && !back.Stale(day))
				if !snoozedUntil.IsZero() && day.Before(snoozedUntil) {
					counts = false
				}
				if in := !day.Before(from) && !day.After(until); in != counts {
					t.Fatalf("%s snoozed until %s, on %s: needs the user %v, counts %v (from %s until %s)", kind, snoozedUntil, day, in, counts, from, until)
				}
			}
		}
	}
	if from, until := (journal.FollowUp{}).NeedsUser(); !from.IsZero() || !until.IsZero() {
		t.Fatal("a follow-up with no due day needs the user")
	}
}
