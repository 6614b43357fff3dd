package insight

import (
	"math"

	"github.com/debrief-journal/debrief/journal"
)

// RatingContrast compares one rating between the interviews that led
// further (a next round or an offer) and those that did not (a rejection,
// or silence, which in practice is a quiet no). Pending and withdrawn
// interviews are in neither side, since they say nothing either way.
type RatingContrast struct {
	// Rating is RatingMoodBefore, RatingMoodAfter, RatingAuthenticity or
	// RatingNerves.
	Rating string
	Label  string
	// Advanced and NotAdvanced are the average ratings of each side, 0
	// when the side has no rated interview.
	Advanced, NotAdvanced   float64
	AdvancedN, NotAdvancedN int
	// Delta is Advanced minus NotAdvanced, or 0 when a side has no ratings.
	Delta float64
	// Claim is true only when the difference is a finding: each side has
	// at least MinComparable rated interviews, and Delta is at least
	// MinEffect and twice what the spread of the ratings would give by
	// chance.
	Claim bool
}

// advancingContrasts compares each rating between the interviews that
// advanced and those that did not.
func advancingContrasts(ivs []*journal.Interview) []RatingContrast {
	measures := ratingMeasures()
	out := make([]RatingContrast, len(measures))
	for m, measure := range measures {
		var advanced, not ratingMean
		for _, iv := range ivs {
			switch iv.Outcome.Status {
			case journal.StatusNextRound, journal.StatusOffer:
				advanced.add(measure.of(iv))
			case journal.StatusRejected, journal.StatusNoResponse:
				not.add(measure.of(iv))
			}
		}
		c := RatingContrast{
			Rating: measure.name, Label: measure.label,
			Advanced: advanced.value(), NotAdvanced: not.value(),
			AdvancedN: advanced.n, NotAdvancedN: not.n,
		}
		if c.AdvancedN > 0 && c.NotAdvancedN > 0 {
			c.Delta = c.Advanced - c.NotAdvanced
		}
		if c.AdvancedN >= MinComparable && c.NotAdvancedN >= MinComparable && math.Abs(c.Delta) >= MinEffect {
			se := math.Sqrt(advanced.variance()/float64(advanced.n) + not.variance()/float64(not.n))
			c.Claim = math.Abs(c.Delta) >= 2*se
		}
		out[m] = c
	}
	return out
}
