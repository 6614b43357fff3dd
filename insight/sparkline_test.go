package insight_test

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/insight"
)

func TestSparkline(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name   string
		values []float64
		width  int
		want   string
	}{
		{"EveryHeight", []float64{1, 2, 3, 4, 5, 6, 7, 8}, 0, "▁▂▃▄▅▆▇█"},
		{"ScaleFollowsTheData", []float64{10, 20, 10}, 0, "▁█▁"},
		{"Flat", []float64{4, 4, 4}, 0, "▄▄▄"},
		{"Gap", []float64{1, nan, 8}, 0, "▁ █"},
		{"Averaged", []float64{1, 1, 8, 8, 1, 1}, 3, "▁█▁"},
		{"NarrowerNotWider", []float64{1, 8}, 10, "▁█"},
		{"Empty", nil, 10, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := insight.Sparkline(c.values, c.width); got != c.want {
				t.Errorf("Sparkline(%v, %d) = %q, want %q", c.values, c.width, got, c.want)
			}
		})
	}
}

func TestSparklineScaled(t *testing.T) {
	// On the fixed scale of ratings, steady 4s are drawn high, not flat.
	if got, want := insight.SparklineScaled([]float64{4, 4, 4}, 0, 1, 5), "▆▆▆"; got != want {
		t.Errorf("4s on 1 to 5 = %q, want %q", got, want)
	}
	if got, want := insight.SparklineScaled([]float64{0, 1, 5, 9}, 0, 1, 5), "▁▁██"; got != want {
		t.Errorf("values beyond the scale = %q, want %q", got, want)
	}
	values := make([]float64, 500)
	for i := range values {
		values[i] = float64(1 + i%5)
	}
	if n := utf8.RuneCountInString(insight.SparklineScaled(values, 60, 1, 5)); n != 60 {
		t.Errorf("500 values at width 60 give %d characters", n)
	}
}
