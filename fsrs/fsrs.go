// Package fsrs schedules practice with the FSRS-5 model of memory (the
// Free Spaced Repetition Scheduler, version 5): each card has a stability,
// the days until the chance of recalling it falls to 90%, and a
// difficulty from 1 to 10; each review, graded again, hard, good or easy,
// updates both, and the next review is set for when recall is about to
// drop below the retention asked for. It holds the published formulas
// with their default parameters and nothing else: no storage, no clock.
package fsrs

import (
	"fmt"
	"math"
)

// Grade is how a review went.
type Grade int

// The grades, in FSRS's numbering.
const (
	Again Grade = 1 // not recalled
	Hard  Grade = 2 // recalled with serious difficulty
	Good  Grade = 3 // recalled after some thought
	Easy  Grade = 4 // recalled at once
)

// Valid reports whether g is one of the four grades.
func (g Grade) Valid() bool { return g >= Again && g <= Easy }

// String names the grade.
func (g Grade) String() string {
	switch g {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return fmt.Sprintf("grade(%d)", int(g))
}

// Params are the 19 weights of FSRS-5, w0 to w18.
type Params [19]float64

// DefaultParams are FSRS-5's published defaults, fitted on a large
// collection of reviews.
var DefaultParams = Params{
	0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046,
	1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315,
	2.9898, 0.51655, 0.6621,
}

// The forgetting curve: R(t, S) = (1 + factor·t/S)^decay, so that R is
// 0.9 when t equals S.
const (
	decay  = -0.5
	factor = 19.0 / 81.0 // 0.9^(1/decay) - 1
)

// Bounds the model keeps its values in.
const (
	minDifficulty = 1.0
	maxDifficulty = 10.0
	minStability  = 0.01
)

// Memory is what the model knows of one card. The zero Memory is a card
// never reviewed.
type Memory struct {
	Stability  float64 // days until recall falls to 90%
	Difficulty float64 // 1 (easy) to 10 (hard)
}

// New reports whether the card has never been reviewed.
func (m Memory) New() bool { return m.Stability == 0 }

// Scheduler applies the model with one set of weights and a retention to
// aim for.
type Scheduler struct {
	Params Params
	// Retention is the chance of recall at which a card comes back, 0.9
	// when zero.
	Retention float64
	// MaxInterval caps an interval in days, 36500 when zero.
	MaxInterval int
}

// Default is the scheduler with FSRS-5's defaults, aiming for 90% recall.
var Default = Scheduler{Params: DefaultParams, Retention: 0.9, MaxInterval: 36500}

// Retrievability is the chance of recalling a card of stability s after
// elapsed days.
func Retrievability(elapsed, s float64) float64 {
	if s <= 0 {
		return 0
	}
	return math.Pow(1+factor*math.Max(elapsed, 0)/s, decay)
}

// Review returns the card's memory after a review graded g, elapsed days
// after the one before (ignored for a new card). A review on the same day
// as the one before (elapsed under one day) uses FSRS-5's short-term
// formula.
func (sc Scheduler) Review(m Memory, elapsed float64, g Grade) Memory {
	w := &sc.Params
	if !g.Valid() {
		g = Again
	}
	if m.New() {
		return Memory{Stability: math.Max(w[g-1], 0.1), Difficulty: clampD(sc.initialDifficulty(g))}
	}
	var s float64
	switch r := Retrievability(elapsed, m.Stability); {
	case elapsed < 1:
		s = m.Stability * math.Exp(w[17]*(float64(g)-3+w[18]))
	case g == Again:
		s = w[11] * math.Pow(m.Difficulty, -w[12]) * (math.Pow(m.Stability+1, w[13]) - 1) * math.Exp(w[14]*(1-r))
		// Forgetting never leaves a card more stable than the short-term
		// formula would.
		s = math.Min(s, m.Stability/math.Exp(w[17]*w[18]))
	default:
		bonus := 1.0
		if g == Hard {
			bonus = w[15]
		} else if g == Easy {
			bonus = w[16]
		}
		s = m.Stability * (math.Exp(w[8])*(11-m.Difficulty)*math.Pow(m.Stability, -w[9])*(math.Exp(w[10]*(1-r))-1)*bonus + 1)
	}
	return Memory{Stability: math.Max(s, minStability), Difficulty: sc.nextDifficulty(m.Difficulty, g)}
}

// initialDifficulty is D0(G) = w4 - e^(w5·(G-1)) + 1, before clamping.
func (sc Scheduler) initialDifficulty(g Grade) float64 {
	return sc.Params[4] - math.Exp(sc.Params[5]*float64(g-1)) + 1
}

// nextDifficulty moves d by the grade, less the nearer it is to 10, then
// back towards the difficulty of a first easy answer.
func (sc Scheduler) nextDifficulty(d float64, g Grade) float64 {
	w := &sc.Params
	delta := -w[6] * float64(g-3)
	next := d + delta*(10-d)/9
	return clampD(w[7]*sc.initialDifficulty(Easy) + (1-w[7])*next)
}

func clampD(d float64) float64 { return math.Min(math.Max(d, minDifficulty), maxDifficulty) }

// Interval returns the days until a card of stability s should come back:
// when recall is expected to fall to the retention aimed for, at least one
// day.
func (sc Scheduler) Interval(s float64) int {
	r := sc.Retention
	if r <= 0 || r >= 1 {
		r = 0.9
	}
	limit := sc.MaxInterval
	if limit <= 0 {
		limit = 36500
	}
	days := s / factor * (math.Pow(r, 1/decay) - 1)
	return int(math.Min(math.Max(math.Round(days), 1), float64(limit)))
}
