package demo

import (
	"math/rand/v2"

	"github.com/debrief-journal/debrief/journal"
)

// Follow-up habits of the demo candidate: diligent but human. Most notes
// are sent on time or a day late, some are skipped on purpose, and only a
// few of the latest ones are still waiting; anything long forgotten has
// been let go.
const (
	// recentDays is how many days past its deadline a follow-up may still be
	// sitting undone without the candidate having decided about it.
	recentDays = 30
	// forgetOdds is the chance that a recent follow-up is still undone.
	forgetOdds = 0.06
	// maxFollowUpMarks bounds the records of one interview (keep-in-touch
	// notes come back every few months for as long as the interest lasts).
	maxFollowUpMarks = 64
)

// doneOdds is the chance the candidate sends a follow-up of the kind rather
// than skip it; thank-you notes become a habit as the search goes on.
func doneOdds(k journal.FollowUpKind, progress float64) float64 {
	switch k {
	case journal.FollowUpThankYou:
		return 0.6 + 0.35*progress
	case journal.FollowUpConnect, journal.FollowUpFeedbackRequest:
		return 0.7
	case journal.FollowUpOtherOpenings:
		return 0.5
	case journal.FollowUpKeepInTouch:
		return 0.75
	case journal.FollowUpOfferThanks, journal.FollowUpOfferInWriting, journal.FollowUpOfferReply, journal.FollowUpOfferDecline:
		return 0.97
	}
	return 0.85
}

// recordFollowUps writes down what the candidate did about each follow-up
// the rules planned for the interview up to today: sent on its day or a
// little after, skipped, or (for the latest few) not yet done. The plan is
// walked forward in time, as the candidate lived it, so that follow-ups
// long past are recorded before the rules stop asking for them. Nothing is
// recorded after today, and an offer is either accepted or declined.
func (g *generator) recordFollowUps(iv *journal.Interview, progress float64) {
	r, today := g.r, g.tl.today
	decided := map[string]bool{}
	on := iv.Date
	for marks := 0; marks < maxFollowUpMarks; {
		f, ok := nextUndecided(iv, on, decided)
		switch {
		case !ok:
			return
		case f.Due.After(on) && !on.Before(today):
			return // what is left is not due yet
		case f.Due.After(on):
			on = f.Due
			if on.After(today) {
				on = today
			}
			continue
		}
		decided[f.ID] = true
		marks++
		if late := f.Deadline().DaysUntil(today); late <= recentDays &&
			(late < 0 && chance(r, 0.5) || late >= 0 && chance(r, forgetOdds)) {
			continue // still to do
		}
		if f.Kind == journal.FollowUpOfferReply && chance(r, 0.4) {
			f.ID, f.Kind = string(journal.FollowUpOfferDecline), journal.FollowUpOfferDecline
		}
		day := sentOn(r, f, iv.Date, today)
		if chance(r, doneOdds(f.Kind, progress)) {
			iv.MarkFollowUp(f.ID, journal.FollowUpDone, day, journal.Date{}, "")
		} else {
			iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, day, journal.Date{}, "")
		}
		g.touch(iv, evening(day, g.now.Location(), 20, r.IntN(60)))
	}
}

// nextUndecided returns the earliest open follow-up of the plan as of on
// that has not been decided on yet.
func nextUndecided(iv *journal.Interview, on journal.Date, decided map[string]bool) (journal.FollowUp, bool) {
	for _, f := range journal.PlanFollowUps(iv, on) {
		if f.Status == journal.FollowUpOpen && !decided[f.ID] {
			return f, true
		}
	}
	return journal.FollowUp{}, false
}

// sentOn is the day a follow-up is dealt with: mostly on its due day, now
// and then within its grace, never before the interview or after today.
func sentOn(r *rand.Rand, f journal.FollowUp, interview, today journal.Date) journal.Date {
	day := f.Due
	if chance(r, 0.3) {
		day = day.AddDays(between(r, 1, max(1, f.Due.DaysUntil(f.Deadline()))))
	}
	if day.Before(interview) {
		day = interview
	}
	if day.After(today) {
		day = today
	}
	return day
}
