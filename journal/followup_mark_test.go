package journal_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestMarkFollowUp(t *testing.T) {
	t.Run("Done", func(t *testing.T) {
		iv := fuInterview()
		on := fuDay.AddDays(1)
		if err := iv.MarkFollowUp("thank_you", journal.FollowUpDone, on, journal.Date{}, " sent by email "); err != nil {
			t.Fatal(err)
		}
		if len(iv.FollowUps) != 1 {
			t.Fatalf("records = %v", iv.FollowUps)
		}
		rec := iv.FollowUps[0]
		if rec.Kind != journal.FollowUpThankYou || rec.DoneAt != on || rec.Due != fuDay || rec.Note != "sent by email" {
			t.Fatalf("record = %+v", rec)
		}
		if err := iv.Validate(); err != nil {
			t.Fatalf("the interview no longer validates: %v", err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay.AddDays(5)), "thank_you")
		if f.Status != journal.FollowUpDone || f.DoneAt != on || f.Overdue(fuDay.AddDays(5)) || f.DueToday(fuDay.AddDays(5)) {
			t.Fatalf("done thank-you planned as %+v", f)
		}
	})
	t.Run("DoneStaysPastStaleness", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.MarkFollowUp("thank_you", journal.FollowUpDone, fuDay, journal.Date{}, ""); err != nil {
			t.Fatal(err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay.AddDays(365)), "thank_you")
		if f.Status != journal.FollowUpDone {
			t.Fatalf("a year later: %+v", f)
		}
	})
	t.Run("UpdatesInPlace", func(t *testing.T) {
		iv := fuInterview()
		for _, st := range []journal.FollowUpStatus{journal.FollowUpSkipped, journal.FollowUpDone} {
			if err := iv.MarkFollowUp("connect", st, fuDay.AddDays(2), journal.Date{}, ""); err != nil {
				t.Fatal(err)
			}
		}
		if len(iv.FollowUps) != 1 || iv.FollowUps[0].Status != journal.FollowUpDone {
			t.Fatalf("records = %+v", iv.FollowUps)
		}
	})
	t.Run("Skipped", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.MarkFollowUp("connect", journal.FollowUpSkipped, fuDay, journal.Date{}, "not on LinkedIn"); err != nil {
			t.Fatal(err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay.AddDays(30)), "connect")
		if f.Status != journal.FollowUpSkipped || f.Note != "not on LinkedIn" || f.Overdue(fuDay.AddDays(30)) {
			t.Fatalf("skipped connect planned as %+v", f)
		}
	})
	t.Run("Reopen", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.MarkFollowUp("thank_you", journal.FollowUpDone, fuDay, journal.Date{}, ""); err != nil {
			t.Fatal(err)
		}
		if err := iv.MarkFollowUp("thank_you", journal.FollowUpOpen, journal.Date{}, journal.Date{}, ""); err != nil {
			t.Fatal(err)
		}
		if len(iv.FollowUps) != 0 {
			t.Fatalf("undo left records %v", iv.FollowUps)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay.AddDays(2)), "thank_you")
		if f.Status != journal.FollowUpOpen || !f.Overdue(fuDay.AddDays(2)) {
			t.Fatalf("reopened thank-you = %+v", f)
		}
	})
	t.Run("UnplannedButKnown", func(t *testing.T) {
		iv := fuInterview()
		iv.Interviewers = nil
		if err := iv.MarkFollowUp("connect", journal.FollowUpDone, fuDay.AddDays(3), journal.Date{}, "met at a meetup"); err != nil {
			t.Fatal(err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay.AddDays(3)), "connect")
		if f.Status != journal.FollowUpDone || !f.Due.IsZero() {
			t.Fatalf("unplanned done record = %+v", f)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			id     string
			status journal.FollowUpStatus
			on     journal.Date
			until  journal.Date
		}{
			{"UnknownID", "send_flowers", journal.FollowUpDone, fuDay, journal.Date{}},
			{"KeepInTouchWithoutNumber", "keep_in_touch", journal.FollowUpDone, fuDay, journal.Date{}},
			{"UnknownStatus", "thank_you", "later", fuDay, journal.Date{}},
			{"NoDay", "thank_you", journal.FollowUpDone, journal.Date{}, journal.Date{}},
			{"SnoozeSameDay", "thank_you", journal.FollowUpSnoozed, fuDay, fuDay},
			{"SnoozeIntoThePast", "thank_you", journal.FollowUpSnoozed, fuDay, fuDay.AddDays(-1)},
			{"SnoozeWithoutDay", "thank_you", journal.FollowUpSnoozed, fuDay, journal.Date{}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				iv := fuInterview()
				if err := iv.MarkFollowUp("connect", journal.FollowUpDone, fuDay, journal.Date{}, ""); err != nil {
					t.Fatal(err)
				}
				before := slices.Clone(iv.FollowUps)
				err := iv.MarkFollowUp(tc.id, tc.status, tc.on, tc.until, "")
				if journal.ErrorCode(err) != journal.EInvalid || journal.ErrorMessage(err) == "" {
					t.Fatalf("got %v, want an invalid error", err)
				}
				if !slices.Equal(before, iv.FollowUps) {
					t.Fatalf("a rejected change altered the records: %v", iv.FollowUps)
				}
			})
		}
	})
}

func TestMarkFollowUp_Snooze(t *testing.T) {
	iv := fuInterview()
	until := fuDay.AddDays(5)
	if err := iv.MarkFollowUp("thank_you", journal.FollowUpSnoozed, fuDay, until, ""); err != nil {
		t.Fatal(err)
	}
	t.Run("WhileSnoozed", func(t *testing.T) {
		today := fuDay.AddDays(4)
		f := fuFind(t, journal.PlanFollowUps(iv, today), "thank_you")
		if f.Status != journal.FollowUpSnoozed || f.SnoozedUntil != until || f.Overdue(today) || f.DueToday(today) {
			t.Fatalf("snoozed thank-you = %+v", f)
		}
		if a := journal.BuildAgenda([]*journal.Interview{iv}, today); slices.ContainsFunc(a.Overdue, func(it journal.AgendaItem) bool {
			return it.FollowUp.ID == "thank_you"
		}) {
			t.Fatal("a snoozed follow-up is on the agenda")
		}
	})
	t.Run("Expired", func(t *testing.T) {
		f := fuFind(t, journal.PlanFollowUps(iv, until), "thank_you")
		if f.Status != journal.FollowUpOpen || f.Due != until || !f.DueToday(until) {
			t.Fatalf("on the snooze day the thank-you is %+v", f)
		}
		if later := until.AddDays(2); !fuFind(t, journal.PlanFollowUps(iv, later), "thank_you").Overdue(later) {
			t.Fatal("an expired snooze never becomes overdue")
		}
	})
	t.Run("RestartsStaleness", func(t *testing.T) {
		iv := fuInterview()
		far := fuDay.AddDays(20)
		if err := iv.MarkFollowUp("thank_you", journal.FollowUpSnoozed, fuDay, far, ""); err != nil {
			t.Fatal(err)
		}
		if f := fuFind(t, journal.PlanFollowUps(iv, far), "thank_you"); f.Due != far || f.Status != journal.FollowUpOpen {
			t.Fatalf("thank-you snoozed past its staleness = %+v", f)
		}
	})
	t.Run("SnoozeBeforeDueKeepsDue", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.MarkFollowUp("check_in", journal.FollowUpSnoozed, fuDay, fuDay.AddDays(3), ""); err != nil {
			t.Fatal(err)
		}
		fuWantDue(t, journal.PlanFollowUps(iv, fuDay.AddDays(3)), "check_in", fuDay.AddDays(14))
	})
}
