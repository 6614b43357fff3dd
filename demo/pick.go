package demo

import (
	"math/rand/v2"

	"github.com/debrief-journal/debrief/journal"
)

// pick returns a uniformly chosen element of list, which must not be empty.
func pick[T any](r *rand.Rand, list []T) T {
	return list[r.IntN(len(list))]
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool {
	return r.Float64() < p
}

// between returns an integer from lo to hi, both included.
func between(r *rand.Rand, lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// weighted returns an index chosen with probability proportional to its
// weight; weights must not all be zero.
func weighted(r *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	// Rounding can leave x a hair above the last weight.
	for i := len(weights) - 1; i > 0; i-- {
		if weights[i] > 0 {
			return i
		}
	}
	return 0
}

// clampRating rounds x to the nearest whole rating from 1 to 5.
func clampRating(x float64) journal.Rating {
	v := int(x + 0.5)
	if x < 0 {
		v = 0
	}
	return journal.Rating(min(5, max(1, v)))
}
