package insight

import (
	"math"
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// RatingShift says whether a rating moved after a lesson was first written
// by more than it was moving anyway.
//
// It compares matched windows: up to LessonWindow rated interviews up to
// and including the one after which the lesson was written (it could not
// have helped them), and as many rated interviews after it. The trend of
// the first window, carried on over the second, is what the rating would
// have done anyway; Delta is how far the second window's average lies from
// that. So a journal whose ratings rise steadily shows no effect for any
// lesson, however much higher the later ratings are.
type RatingShift struct {
	Rating string // RatingMoodBefore, RatingMoodAfter, RatingAuthenticity or RatingNerves
	Label  string
	// Before and After are the averages of the two windows, 0 when a
	// window has no rated interview; BeforeN and AfterN are their sizes,
	// which are equal unless one side ran out.
	Before, After   float64
	BeforeN, AfterN int
	// Expected is the average the second window would have had if the
	// rating had kept moving as it did in the first.
	Expected float64
	// Delta is After minus Expected, or 0 when either window is empty.
	Delta float64
	// Claim is true only when Delta stands out: each window holds at least
	// MinComparable rated interviews, Delta is at least MinEffect, and it
	// is at least twice what the interviews' own ups and downs would give
	// by chance.
	Claim bool
}

// LessonWindow is the most rated interviews on each side of a lesson that
// its effect is measured over, so a lesson is judged by what came soon
// after it, not by a year of later interviews.
const LessonWindow = 20

// MinEffect is the smallest change of a rating, on its scale of 1 to 5,
// worth telling the user about.
const MinEffect = 0.3

// lessonEffects holds the rated interviews of each rating in date order.
type lessonEffects struct {
	measures []ratingMeasure
	pos      [][]int     // pos[m]: indexes of the interviews rated on measure m
	val      [][]float64 // val[m]: their ratings
}

// newLessonEffects gathers the ratings of the interviews, which are in date
// order.
func newLessonEffects(ivs []*journal.Interview) *lessonEffects {
	e := &lessonEffects{measures: ratingMeasures()}
	e.pos = make([][]int, len(e.measures))
	e.val = make([][]float64, len(e.measures))
	for m, measure := range e.measures {
		// Sized for every interview: growing the lists as they fill
		// left twice their size behind on a large journal.
		e.pos[m], e.val[m] = make([]int, 0, len(ivs)), make([]float64, 0, len(ivs))
		for i, iv := range ivs {
			if r := measure.of(iv); r > 0 {
				e.pos[m] = append(e.pos[m], i)
				e.val[m] = append(e.val[m], float64(r))
			}
		}
	}
	return e
}

// around measures each rating around the interview at index first.
func (e *lessonEffects) around(first int) []RatingShift {
	out := make([]RatingShift, len(e.measures))
	for m, measure := range e.measures {
		pos, val := e.pos[m], e.val[m]
		split, _ := slices.BinarySearch(pos, first+1) // rated interviews up to first
		w := min(LessonWindow, split, len(pos)-split)
		s := RatingShift{Rating: measure.name, Label: measure.label}
		if w > 0 {
			s = windowShift(s, pos[split-w:split], val[split-w:split], pos[split:split+w], val[split:split+w])
		} else {
			// One side is empty: report the other side's average alone.
			s.BeforeN, s.AfterN = split, len(pos)-split
			s.Before, s.After = mean(val[:split]), mean(val[split:])
		}
		out[m] = s
	}
	return out
}

// windowShift compares the ratings after a lesson (x2, y2) with the trend
// of those before it (x1, y1), carried on. Both windows are non-empty.
func windowShift(s RatingShift, x1 []int, y1 []float64, x2 []int, y2 []float64) RatingShift {
	s.BeforeN, s.AfterN = len(y1), len(y2)
	s.Before, s.After = mean(y1), mean(y2)
	mx1 := meanInt(x1)
	sxx, sxy := 0.0, 0.0
	for i, x := range x1 {
		dx := float64(x) - mx1
		sxx += dx * dx
		sxy += dx * (y1[i] - s.Before)
	}
	slope := 0.0
	if len(x1) >= 3 && sxx > 0 {
		slope = sxy / sxx
	}
	mx2 := meanInt(x2)
	s.Expected = s.Before + slope*(mx2-mx1)
	s.Delta = s.After - s.Expected
	if s.BeforeN < MinComparable || s.AfterN < MinComparable || math.Abs(s.Delta) < MinEffect {
		return s
	}
	// The chance spread of the second window's average around the carried
	// trend: the scatter of the ratings about the first window's line, over
	// both windows' sizes and the uncertainty of the slope itself.
	rss := 0.0
	for i, x := range x1 {
		r := y1[i] - (s.Before + slope*(float64(x)-mx1))
		rss += r * r
	}
	dof := float64(len(x1) - 2)
	sigma2 := rss / dof
	// Ratings are whole numbers, so a line that fits the first window
	// exactly still leaves half a point of rounding either way.
	sigma2 = max(sigma2, 1.0/12)
	se2 := sigma2 * (1/float64(len(y1)) + 1/float64(len(y2)))
	if sxx > 0 {
		se2 += sigma2 * (mx2 - mx1) * (mx2 - mx1) / sxx
	}
	s.Claim = math.Abs(s.Delta) >= 2*math.Sqrt(se2)
	return s
}

// mean returns the average of vs, 0 when empty.
func mean(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range vs {
		sum += v
	}
	return sum / float64(len(vs))
}

// meanInt returns the average of xs, 0 when empty.
func meanInt(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}
