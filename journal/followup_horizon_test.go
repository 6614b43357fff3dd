package journal_test

import (
	"math/rand/v2"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// horizonInterview builds an interview with a random mix of everything the
// follow-up rules read.
func horizonInterview(r *rand.Rand, id int) *journal.Interview {
	day := fuDay.AddDays(r.IntN(60) - 30)
	iv := &journal.Interview{ID: uint64(id), Company: "Acme", Role: "Engineer", Date: day,
		MoodAfter: journal.Rating(r.IntN(6)), Nerves: journal.Rating(r.IntN(6)), StillInterested: r.IntN(4) == 0}
	if r.IntN(2) == 0 {
		iv.Interviewers = append(iv.Interviewers, journal.Person{Name: "Dana Lee", Title: "Engineering manager"})
	}
	if r.IntN(2) == 0 {
		iv.Interviewers = append(iv.Interviewers, journal.Person{Name: "Sam Ortiz", Title: "Recruiter"})
	}
	if r.IntN(3) == 0 {
		iv.DecisionExpected = day.AddDays(r.IntN(40) - 5)
	}
	iv.Outcome.Status = journal.Statuses[r.IntN(len(journal.Statuses))]
	if r.IntN(2) == 0 {
		iv.Outcome.Date = day.AddDays(r.IntN(50))
	}
	for _, id := range []string{"thank_you", "connect", "check_in", "gracious_reply", "feedback_request", "other_openings", "keep_in_touch-1"} {
		on := day.AddDays(r.IntN(20))
		var err error
		switch r.IntN(5) {
		case 0:
			err = iv.MarkFollowUp(id, journal.FollowUpDone, on, journal.Date{}, "")
		case 1:
			err = iv.MarkFollowUp(id, journal.FollowUpSkipped, on, journal.Date{}, "")
		case 2:
			err = iv.MarkFollowUp(id, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(120)), "")
		}
		if err != nil {
			panic(err)
		}
	}
	return iv
}

func openIDs(iv *journal.Interview, day journal.Date) []string {
	var out []string
	for _, f := range journal.PlanFollowUps(iv, day) {
		if f.Status == journal.FollowUpOpen {
			out = append(out, f.ID)
		}
	}
	return out
}

func TestFollowUpHorizon(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var bounded, unbounded, tight int
	for i := range 3000 {
		iv := horizonInterview(r, i+1)
		last, ok := iv.FollowUpHorizon()
		if !ok {
			unbounded++
			if open := openIDs(iv, iv.Date.AddDays(5000)); len(open) == 0 {
				t.Fatalf("interview %d: no last day, yet nothing is open years later", i+1)
			}
			continue
		}
		bounded++
		for d := range 200 {
			day := last.AddDays(d + 1)
			if last.IsZero() {
				day = iv.Date.AddDays(d - 40)
			}
			if open := openIDs(iv, day); len(open) > 0 {
				t.Fatalf("interview %d (%+v): horizon %s, but %v open on %s", i+1, iv.Outcome, last, open, day)
			}
		}
		if !last.IsZero() && len(openIDs(iv, last)) > 0 {
			tight++
		}
	}
	if bounded == 0 || unbounded == 0 {
		t.Fatalf("the sample missed a case: %d bounded, %d unbounded", bounded, unbounded)
	}
	// The horizon is an upper bound; it should also be the real last day
	// for most interviews, or it would keep too many in the agenda's way.
	if tight < bounded*3/4 {
		t.Fatalf("only %d of %d horizons are the last open day", tight, bounded)
	}

	t.Run("Undated", func(t *testing.T) {
		if last, ok := (&journal.Interview{Company: "Acme"}).FollowUpHorizon(); !ok || !last.IsZero() {
			t.Fatalf("an undated interview has horizon %s, %v", last, ok)
		}
	})
	t.Run("SnoozeMovesIt", func(t *testing.T) {
		iv := fuInterview()
		before, _ := iv.FollowUpHorizon()
		if err := iv.MarkFollowUp("connect", journal.FollowUpSnoozed, fuDay, before.AddDays(30), ""); err != nil {
			t.Fatal(err)
		}
		after, ok := iv.FollowUpHorizon()
		if !ok || !after.After(before.AddDays(30)) {
			t.Fatalf("a snooze to %s left the horizon at %s", before.AddDays(30), after)
		}
	})
}
