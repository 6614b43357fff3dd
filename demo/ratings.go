package demo

import (
	"math/rand/v2"

	"github.com/debrief-journal/debrief/journal"
)

// ratings are the four self-ratings of an interview.
type ratings struct {
	moodBefore, moodAfter, authenticity, nerves journal.Rating
}

// missingRatingsChance is how often a reflection leaves some ratings blank.
const missingRatingsChance = 0.1

// rate invents the ratings of an interview at progress (0 to 1) through the
// span. Practice shows: authenticity and mood climb slowly and nerves ease,
// with plenty of day-to-day noise. Screens are calmer than final rounds, a
// dream job is more nerve-racking, and mood afterwards follows how genuine
// and how calm the candidate managed to be.
func rate(r *rand.Rand, progress float64, slot stageSlot, dream bool) ratings {
	const spread = 0.85
	stakes := [numSlots]float64{slotScreen: -0.7, slotFirst: 0, slotMiddle: 0.3, slotFinal: 0.6}[slot]
	if dream {
		stakes += 0.6
	}
	authenticity := 2.2 + 1.7*progress + spread*r.NormFloat64()
	before := 2.6 + 1.1*progress - 0.3*stakes + spread*r.NormFloat64()
	nerves := 3.8 - 1.7*progress + stakes + spread*r.NormFloat64()
	after := before + 0.45*(authenticity-3) - 0.3*(nerves-3) + 0.7*r.NormFloat64()
	rt := ratings{
		moodBefore:   clampRating(before),
		moodAfter:    clampRating(after),
		authenticity: clampRating(authenticity),
		nerves:       clampRating(nerves),
	}
	if chance(r, missingRatingsChance) {
		rt.blankSome(r)
	}
	return rt
}

// blankSome clears one or two ratings, as people skip questions.
func (rt *ratings) blankSome(r *rand.Rand) {
	fields := [...]*journal.Rating{&rt.moodBefore, &rt.moodAfter, &rt.authenticity, &rt.nerves}
	for range between(r, 1, 2) {
		*fields[r.IntN(len(fields))] = 0
	}
}

// orNeutral returns v, or 3 when it was not rated.
func orNeutral(v journal.Rating) float64 {
	if v == 0 {
		return 3
	}
	return float64(v)
}
