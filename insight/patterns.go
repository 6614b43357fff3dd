package insight

import (
	"cmp"
	"slices"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// Patterns is what a journal says across many interviews: the questions
// that keep tripping the candidate up, the lessons written down again and
// again, how their ratings move, where their processes stop, whether being
// more themselves goes with going further, and whether they do the
// follow-ups they plan.
type Patterns struct {
	// Interviews is how many interviews were analysed.
	Interviews int
	// Themes are the curveball topics met in at least two interviews, the
	// most frequent first.
	Themes []Theme
	// Lessons are the lessons written down after at least two interviews,
	// the most frequent first.
	Lessons []Lesson
	// Trends holds one trend per rating: mood before, mood after,
	// authenticity and nerves, in that order.
	Trends []Trend
	// Funnel holds the outcomes of the interviews at each stage, in process
	// order, for the stages that have interviews.
	Funnel []StageFunnel
	// Advancing compares each rating between interviews that led further
	// and those that did not, in the order of Trends.
	Advancing []RatingContrast
	// FollowThrough says how often the advised follow-ups were done.
	FollowThrough FollowThrough
}

// Analyze finds the patterns of a journal as of now, by the computer's
// clock. AnalyzeAt is the same with the clock given.
func Analyze(ivs []*journal.Interview) Patterns {
	return AnalyzeAt(ivs, time.Now())
}

// AnalyzeAt finds the patterns of a journal as they stand at now: a
// follow-up whose time has not yet passed counts neither as done nor as
// missed. The interviews may come in any order and may include nil entries,
// which are ignored; they are not modified. It is a pure function of its
// input, so the same journal and clock always give the same patterns.
func AnalyzeAt(ivs []*journal.Interview, now time.Time) Patterns {
	return AnalyzeKnownAt(ivs, nil, now)
}

// AnalyzeKnownAt is AnalyzeAt taking what known knows of the questions,
// tags and lessons (what a Classifier made of them, kept with the
// interviews) instead of classifying them again; the texts known does not
// know are classified as AnalyzeAt does, so the patterns are the same.
// known may be nil.
func AnalyzeKnownAt(ivs []*journal.Interview, known Known, now time.Time) Patterns {
	sorted := patternOrder(ivs)
	// Lessons are read on a second core while themes are found on this
	// one; each side has its own classifier and stem cache, so they share
	// nothing but the interviews and known, which neither writes.
	var lessons []Lesson
	lessonsDone := make(chan struct{})
	go func() {
		defer close(lessonsDone)
		cx := withKnown(known)
		lessons = findLessons(sorted, cx, genericTerms(cx.tc))
	}()
	cx := withKnown(known)
	p := Patterns{
		Interviews:    len(sorted),
		Themes:        findThemes(sorted, cx, genericTerms(cx.tc)),
		Trends:        ratingTrends(sorted),
		Funnel:        stageFunnel(sorted),
		Advancing:     advancingContrasts(sorted),
		FollowThrough: followThrough(sorted, journal.DateOf(now)),
	}
	<-lessonsDone
	p.Lessons = lessons
	return p
}

// patternOrder returns the interviews in date order (by ID within a day)
// without nil entries, in a new slice. Interviews without a date come first.
func patternOrder(ivs []*journal.Interview) []*journal.Interview {
	out := make([]*journal.Interview, 0, len(ivs))
	for _, iv := range ivs {
		if iv != nil {
			out = append(out, iv)
		}
	}
	slices.SortStableFunc(out, func(a, b *journal.Interview) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
