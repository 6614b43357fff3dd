package demo

import (
	"math/rand/v2"

	"github.com/debrief-journal/debrief/journal"
)

// recordFollowUps writes down the follow-ups the candidate got round to,
// the way a real journal shows them: thank-you notes more often as the
// search goes on, a gracious reply to most rejections, now and then a
// request for feedback or a connection with the interviewers. Nothing is
// recorded after today.
func (g *generator) recordFollowUps(iv *journal.Interview, progress float64) {
	r, today := g.r, g.tl.today
	done := func(kind journal.FollowUpKind, day journal.Date) {
		if day.After(today) {
			return
		}
		iv.MarkFollowUp(journal.FollowUpID(kind, 1), journal.FollowUpDone, day, journal.Date{}, "")
		g.touch(iv, evening(day, g.now.Location(), 20, r.IntN(60)))
	}
	if chance(r, 0.45+0.4*progress) {
		done(journal.FollowUpThankYou, iv.Date.AddDays(late(r, 0.75)))
	}
	if len(iv.Interviewers) > 0 && chance(r, 0.35) {
		done(journal.FollowUpConnect, iv.Date.AddDays(between(r, 1, 4)))
	}
	if iv.Outcome.Status != journal.StatusRejected || iv.Outcome.Date.IsZero() {
		return
	}
	if chance(r, 0.6) {
		done(journal.FollowUpGraciousReply, iv.Outcome.Date.AddDays(late(r, 0.7)))
	}
	if chance(r, 0.3+0.3*progress) {
		done(journal.FollowUpFeedbackRequest, iv.Date.AddDays(between(r, 14, 20)))
	}
}

// late returns 0 with the given chance, else 1: a note sent the same day or
// the next.
func late(r *rand.Rand, sameDay float64) int {
	if chance(r, sameDay) {
		return 0
	}
	return 1
}
