package insight

import (
	"math"

	"github.com/debrief-journal/debrief/journal"
)

// The directions of a trend.
const (
	TrendRising        = "rising"
	TrendFalling       = "falling"
	TrendSteady        = "steady"
	TrendNotEnoughData = "not enough data"
)

// Tuning of trends.
const (
	// TrendWindow is how many of the latest rated interviews are compared
	// with the ones just before them.
	TrendWindow = 5
	// trendMinRated is how many rated interviews a direction needs: a full
	// latest window and most of the one before.
	trendMinRated = TrendWindow + 3
	// trendSteadyBand is how far apart the two averages may be, on the
	// 1 to 5 scale, and still count as steady.
	trendSteadyBand = 0.4
	// trendMinT is how many standard errors apart the two averages must
	// be: about the 95% level of a t-test with this few ratings.
	trendMinT = 2.3
	// TrendMaxPoints is the most points a trend's series holds; longer
	// histories are averaged into this many buckets, enough for a
	// sparkline across a terminal.
	TrendMaxPoints = 60
)

// Trend is how one rating moved over the interviews that have it.
type Trend struct {
	// Rating is RatingMoodBefore, RatingMoodAfter, RatingAuthenticity or
	// RatingNerves.
	Rating string
	Label  string
	// HigherIsBetter is false for nerves, so a view can tell good news from
	// bad whatever the direction.
	HigherIsBetter bool
	// Rated is how many interviews have the rating.
	Rated int
	// Series holds the rating of each rated interview in date order, or
	// averages of consecutive interviews when there are more than
	// TrendMaxPoints of them.
	Series []float64
	// Last5 is the average of the latest TrendWindow ratings and Prev5 that
	// of the ones before them; both are 0 without enough data.
	Last5, Prev5 float64
	// Direction is TrendRising, TrendFalling, TrendSteady or
	// TrendNotEnoughData.
	Direction string
}

// ratingTrends returns the trend of each rating over the interviews, which
// are in date order.
func ratingTrends(ivs []*journal.Interview) []Trend {
	measures := ratingMeasures()
	trends := make([]Trend, len(measures))
	values := make([]float64, 0, len(ivs))
	for m, measure := range measures {
		values = values[:0]
		for _, iv := range ivs {
			if r := measure.of(iv); r > 0 {
				values = append(values, float64(r))
			}
		}
		trends[m] = buildTrend(measure, values)
	}
	return trends
}

// buildTrend describes the ratings of one measure, in date order.
func buildTrend(measure ratingMeasure, values []float64) Trend {
	t := Trend{
		Rating: measure.name, Label: measure.label, HigherIsBetter: measure.higherIsBetter,
		Rated: len(values), Series: bucketAverages(values, TrendMaxPoints),
		Direction: TrendNotEnoughData,
	}
	n := len(values)
	if n < trendMinRated {
		return t
	}
	t.Last5 = meanOf(values[n-TrendWindow:])
	t.Prev5 = meanOf(values[max(0, n-2*TrendWindow) : n-TrendWindow])
	t.Direction = TrendSteady
	if d := t.Last5 - t.Prev5; clearShift(values[n-TrendWindow:], values[max(0, n-2*TrendWindow):n-TrendWindow]) {
		t.Direction = TrendRising
		if d < 0 {
			t.Direction = TrendFalling
		}
	}
	return t
}

// clearShift reports whether the average of last differs from that of prev
// by enough to matter (trendSteadyBand) and by enough against the spread of
// the ratings that chance is an unlikely explanation: with five ratings a
// side, ordinary ups and downs easily move an average by half a point, and
// calling that a trend would be telling the user a story about noise.
func clearShift(last, prev []float64) bool {
	d := math.Abs(meanOf(last) - meanOf(prev))
	if d < trendSteadyBand {
		return false
	}
	se := math.Sqrt(sampleVariance(last)/float64(len(last)) + sampleVariance(prev)/float64(len(prev)))
	return se == 0 || d/se >= trendMinT
}

// sampleVariance returns the sample variance of values, 0 for fewer than
// two.
func sampleVariance(values []float64) float64 {
	if len(values) < 2 {
		return 0
	}
	m := meanOf(values)
	sum := 0.0
	for _, v := range values {
		sum += (v - m) * (v - m)
	}
	return sum / float64(len(values)-1)
}

// bucketAverages returns values in a new slice, or, when there are more
// than limit of them, the averages of limit consecutive runs of nearly
// equal length.
func bucketAverages(values []float64, limit int) []float64 {
	if len(values) <= limit {
		return append([]float64(nil), values...)
	}
	out := make([]float64, limit)
	for b := range limit {
		lo, hi := b*len(values)/limit, (b+1)*len(values)/limit
		out[b] = meanOf(values[lo:hi])
	}
	return out
}

// meanOf returns the average of values, 0 for none.
func meanOf(values []float64) float64 {
	if len(values) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range values {
		sum += v
	}
	return sum / float64(len(values))
}
