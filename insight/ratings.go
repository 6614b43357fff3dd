package insight

import "github.com/debrief-journal/debrief/journal"

// The ratings that patterns follow, by their field names.
const (
	RatingMoodBefore   = "mood_before"
	RatingMoodAfter    = "mood_after"
	RatingAuthenticity = "authenticity"
	RatingNerves       = "nerves"
)

// MinComparable is how many rated interviews each side of a comparison
// needs before the difference between them is worth stating; below it, one
// unusual day would decide the answer.
const MinComparable = 5

// ratingMeasure is one rating that patterns follow.
type ratingMeasure struct {
	name  string
	label string
	// higherIsBetter is false for nerves, where a rising line is bad news.
	higherIsBetter bool
	of             func(*journal.Interview) journal.Rating
}

// ratingMeasures returns the followed ratings in the order patterns list
// them.
func ratingMeasures() []ratingMeasure {
	return []ratingMeasure{
		{RatingMoodBefore, "mood before", true, func(iv *journal.Interview) journal.Rating { return iv.MoodBefore }},
		{RatingMoodAfter, "mood after", true, func(iv *journal.Interview) journal.Rating { return iv.MoodAfter }},
		{RatingAuthenticity, "authenticity", true, func(iv *journal.Interview) journal.Rating { return iv.Authenticity }},
		{RatingNerves, "nerves", false, func(iv *journal.Interview) journal.Rating { return iv.Nerves }},
	}
}

// ratingMean accumulates an average of ratings, skipping the unrated.
type ratingMean struct {
	sum, sumSq float64
	n          int
}

func (m *ratingMean) add(r journal.Rating) {
	if r > 0 {
		m.sum += float64(r)
		m.sumSq += float64(r) * float64(r)
		m.n++
	}
}

func (m ratingMean) value() float64 {
	if m.n == 0 {
		return 0
	}
	return m.sum / float64(m.n)
}

// variance returns the sample variance of the ratings, floored at the
// spread that rounding to whole numbers alone gives, so that a handful of
// identical ratings does not look like certainty; 0 with fewer than two.
func (m ratingMean) variance() float64 {
	if m.n < 2 {
		return 0
	}
	v := (m.sumSq - m.sum*m.sum/float64(m.n)) / float64(m.n-1)
	return max(v, 1.0/12)
}
