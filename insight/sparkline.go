package insight

import (
	"math"
	"strings"
)

// sparkBars are the eight heights of a sparkline, lowest first.
const sparkBars = "▁▂▃▄▅▆▇█"

// Sparkline draws values as a line of bar characters (▁▂▃▄▅▆▇█), the lowest
// value as the lowest bar and the highest as the highest. When there are
// more values than width, consecutive values are averaged so the line is
// width characters; a width of 0 or less means one character per value.
// A NaN value is drawn as a space, and a line of equal values at mid height.
func Sparkline(values []float64, width int) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range values {
		if !math.IsNaN(v) {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	return SparklineScaled(values, width, lo, hi)
}

// SparklineScaled draws values like Sparkline, but on the fixed scale lo to
// hi, so that ratings from 1 to 5 keep their meaning: a run of 4s is drawn
// high rather than as a flat middle line. Values outside the scale are drawn
// at its nearest end.
func SparklineScaled(values []float64, width int, lo, hi float64) string {
	if width <= 0 {
		width = len(values)
	}
	points := bucketSparkValues(values, width)
	bars := []rune(sparkBars)
	top := len(bars) - 1
	var b strings.Builder
	b.Grow(len(points) * 3)
	for _, v := range points {
		switch {
		case math.IsNaN(v):
			b.WriteByte(' ')
		case !(hi > lo):
			b.WriteRune(bars[top/2])
		default:
			level := int(math.Round((v - lo) / (hi - lo) * float64(top)))
			b.WriteRune(bars[min(max(level, 0), top)])
		}
	}
	return b.String()
}

// bucketSparkValues averages values into at most width points, keeping a
// bucket of only NaN values as NaN so gaps stay visible.
func bucketSparkValues(values []float64, width int) []float64 {
	if len(values) <= width {
		return values
	}
	out := make([]float64, width)
	for i := range width {
		lo, hi := i*len(values)/width, (i+1)*len(values)/width
		sum, n := 0.0, 0
		for _, v := range values[lo:hi] {
			if !math.IsNaN(v) {
				sum += v
				n++
			}
		}
		out[i] = math.NaN()
		if n > 0 {
			out[i] = sum / float64(n)
		}
	}
	return out
}
