package insight_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

func TestAnalyzeTrends(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 20 {
		iv := &journal.Interview{
			ID: uint64(i + 1), Date: day(i),
			MoodBefore:   3,                          // steady
			Authenticity: journal.Rating(1 + i*4/19), // rising from 1 to 5
			Nerves:       journal.Rating(5 - i*4/19), // falling from 5 to 1
		}
		if i < 4 {
			iv.MoodAfter = 4 // too few ratings for a direction
		}
		ivs = append(ivs, iv)
	}
	// Shuffle: trends follow dates, not the order interviews are given in.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ivs), func(i, j int) { ivs[i], ivs[j] = ivs[j], ivs[i] })
	p := insight.Analyze(ivs)
	want := map[string]string{
		insight.RatingMoodBefore:   insight.TrendSteady,
		insight.RatingAuthenticity: insight.TrendRising,
		insight.RatingNerves:       insight.TrendFalling,
		insight.RatingMoodAfter:    insight.TrendNotEnoughData,
	}
	if len(p.Trends) != 4 {
		t.Fatalf("got %d trends, want 4", len(p.Trends))
	}
	for _, tr := range p.Trends {
		if tr.Direction != want[tr.Rating] {
			t.Errorf("%s: direction %q, want %q (last %.2f, previous %.2f)", tr.Rating, tr.Direction, want[tr.Rating], tr.Last5, tr.Prev5)
		}
		switch tr.Rating {
		case insight.RatingAuthenticity:
			if len(tr.Series) != 20 || tr.Series[0] != 1 || tr.Series[19] != 5 || !slices.IsSorted(tr.Series) {
				t.Errorf("authenticity series = %v, want 20 ratings rising from 1 to 5 in date order", tr.Series)
			}
			if tr.Last5 <= tr.Prev5 || !tr.HigherIsBetter {
				t.Errorf("authenticity: last %.2f, previous %.2f, higher is better %v", tr.Last5, tr.Prev5, tr.HigherIsBetter)
			}
		case insight.RatingNerves:
			if tr.HigherIsBetter {
				t.Error("nerves: higher is better, want lower")
			}
		case insight.RatingMoodAfter:
			if tr.Rated != 4 || len(tr.Series) != 4 {
				t.Errorf("mood after: rated %d with series %v, want 4", tr.Rated, tr.Series)
			}
		}
	}
}

func TestAnalyzeTrendIgnoresNoise(t *testing.T) {
	// The last five average almost a point more than the five before, but
	// the ratings swing from 1 to 5 either way: that is noise, not a trend.
	ratings := []journal.Rating{3, 4, 1, 5, 2, 4, 3, 4, 2, 5, 1, 5, 4, 2, 5, 3}
	var ivs []*journal.Interview
	for i, r := range ratings {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), Authenticity: r})
	}
	tr := insight.Analyze(ivs).Trends[2]
	if tr.Rating != insight.RatingAuthenticity || tr.Last5-tr.Prev5 < 0.75 {
		t.Fatalf("trend %s: last %.2f, previous %.2f; the test expects authenticity 0.8 apart", tr.Rating, tr.Last5, tr.Prev5)
	}
	if tr.Direction != insight.TrendSteady {
		t.Errorf("direction = %q, want %q", tr.Direction, insight.TrendSteady)
	}
	// A smaller gap between consistent ratings is a real change.
	for i := range ivs {
		ivs[i].Authenticity = 3
		if i >= len(ivs)-5 {
			ivs[i].Authenticity = 4
		}
	}
	ivs[len(ivs)-1].Authenticity = 3
	ivs[len(ivs)-2].Authenticity = 3
	if tr := insight.Analyze(ivs).Trends[2]; tr.Direction != insight.TrendRising {
		t.Errorf("direction of 3,3,3,3,3 then 4,4,4,3,3 = %q (last %.2f, previous %.2f), want %q", tr.Direction, tr.Last5, tr.Prev5, insight.TrendRising)
	}
}

func TestAnalyzeTrendSeriesIsBucketed(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 600 {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), MoodBefore: journal.Rating(1 + i/150)})
	}
	tr := insight.Analyze(ivs).Trends[0]
	if tr.Rated != 600 || len(tr.Series) != insight.TrendMaxPoints {
		t.Fatalf("rated %d with %d points, want 600 in %d", tr.Rated, len(tr.Series), insight.TrendMaxPoints)
	}
	if tr.Series[0] != 1 || tr.Series[len(tr.Series)-1] != 4 || !slices.IsSorted(tr.Series) {
		t.Errorf("series = %v, want averages rising from 1 to 4", tr.Series)
	}
}
