package insight_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

func TestAnalyzeLessons(t *testing.T) {
	p := insight.Analyze(plantedJournal())
	if len(p.Lessons) != 1 {
		t.Fatalf("got %d recurring lessons, want 1: %+v", len(p.Lessons), p.Lessons)
	}
	l := p.Lessons[0]
	if l.Count != 3 || !slices.Equal(l.Wordings, paceLessons) || l.Key != "topic:pace" || l.Topic == "" {
		t.Errorf("lesson = %+v, want the pace lesson in 3 wordings", l)
	}
	if l.First != day(15) || l.Last != day(102) || !slices.Equal(l.InterviewIDs, []uint64{6, 19, 35}) {
		t.Errorf("lesson runs %s to %s over %v, want %s to %s over [6 19 35]", l.First, l.Last, l.InterviewIDs, day(15), day(102))
	}
	if !slices.Contains(paceLessons, l.Label) {
		t.Errorf("label %q is not one of the user's wordings", l.Label)
	}
}

func TestAnalyzeLessonLabelIsCommonestWording(t *testing.T) {
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Use the STAR method"}},
		{ID: 2, Date: day(1), Lessons: []string{"Give concrete examples"}},
		{ID: 3, Date: day(2), Lessons: []string{"use the STAR method."}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 {
		t.Fatalf("lessons = %+v, want 1", p.Lessons)
	}
	l := p.Lessons[0]
	if l.Label != "Use the STAR method" || len(l.Wordings) != 2 || l.Count != 3 {
		t.Errorf("lesson = %+v, want label %q, 2 wordings, count 3", l, "Use the STAR method")
	}
}

func TestAnalyzeLessonsFromTheDecision(t *testing.T) {
	// Lessons drawn after the decision recur with the interview's own; an
	// interview holding the same lesson in both counts once.
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Use the STAR method"}, FeedbackLessons: []string{"use the STAR method."}},
		{ID: 2, Date: day(1), FeedbackLessons: []string{"Use the STAR method"}},
		{ID: 3, Date: day(2), Lessons: []string{"Bring a water bottle"}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 || p.Lessons[0].Count != 2 || !slices.Equal(p.Lessons[0].InterviewIDs, []uint64{1, 2}) {
		t.Errorf("lessons = %+v, want the STAR lesson in interviews 1 and 2", p.Lessons)
	}
}

func TestAnalyzeLessonClusters(t *testing.T) {
	// Outside the built-in lessons, shared words still group lessons.
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Revise Kubernetes operators"}},
		{ID: 2, Date: day(1), Lessons: []string{"Read up on Kubernetes operators"}},
		{ID: 3, Date: day(2), Lessons: []string{"Bring a water bottle"}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 || p.Lessons[0].Count != 2 || p.Lessons[0].Topic != "" ||
		!strings.HasPrefix(p.Lessons[0].Key, "cluster:") {
		t.Errorf("lessons = %+v, want one grouped lesson of 2", p.Lessons)
	}
}

func TestAnalyzeLessonShifts(t *testing.T) {
	// Authenticity is 2 up to and including the interview where the lesson
	// was first written, and 4 after it.
	var ivs []*journal.Interview
	for i := range 12 {
		iv := &journal.Interview{ID: uint64(i + 1), Date: day(i), Authenticity: 2, MoodAfter: 3}
		if i > 5 {
			iv.Authenticity = 4
		}
		if i == 5 || i == 9 {
			iv.Lessons = []string{"Be myself"}
		}
		ivs = append(ivs, iv)
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 {
		t.Fatalf("lessons = %+v, want 1", p.Lessons)
	}
	shifts := map[string]insight.RatingShift{}
	for _, s := range p.Lessons[0].Shifts {
		shifts[s.Rating] = s
	}
	a := shifts[insight.RatingAuthenticity]
	if a.Before != 2 || a.After != 4 || a.BeforeN != 6 || a.AfterN != 6 || a.Expected != 2 || a.Delta != 2 || !a.Claim {
		t.Errorf("authenticity shift = %+v, want 2 to 4 over 6 and 6, claimed", a)
	}
	if m := shifts[insight.RatingMoodAfter]; m.Delta != 0 || m.Claim || m.BeforeN != 6 {
		t.Errorf("mood after shift = %+v, want no change, not claimed", m)
	}
	if n := shifts[insight.RatingNerves]; n.Claim || n.BeforeN != 0 {
		t.Errorf("nerves shift = %+v, want no claim without ratings", n)
	}
}

// TestLessonDuringSteadyTrendShowsNoEffect: authenticity climbs steadily
// from 1 to 5 over sixty interviews, whatever was written down, and a
// lesson recurs along the way. The later interviews are rated far higher
// than the earlier ones, but that is the trend, not the lesson.
func TestLessonDuringSteadyTrendShowsNoEffect(t *testing.T) {
	var ivs []*journal.Interview
	wobble := []float64{0.4, -0.3, 0.1, -0.5, 0.2, 0.5, -0.2, -0.4, 0.3, 0}
	for i := range 60 {
		level := 1 + 4*float64(i)/59 + wobble[i%len(wobble)]
		r := journal.Rating(max(1, min(5, int(level+0.5))))
		iv := &journal.Interview{ID: uint64(i + 1), Date: day(2 * i), Authenticity: r, MoodAfter: r, MoodBefore: r}
		if i%9 == 4 {
			iv.Lessons = []string{"Be myself rather than who I think they want"}
		}
		ivs = append(ivs, iv)
	}
	p := insight.AnalyzeAt(ivs, clockAt(day(200)))
	if len(p.Lessons) != 1 {
		t.Fatalf("lessons = %+v, want 1", p.Lessons)
	}
	for _, s := range p.Lessons[0].Shifts {
		if s.Claim {
			t.Errorf("%s: claimed %+.2f (%.2f to %.2f, expected %.2f) during a steady trend", s.Rating, s.Delta, s.Before, s.After, s.Expected)
		}
	}
	// The same journal with a real step after the lesson does show it.
	for i, iv := range ivs {
		if i > 4 {
			iv.Authenticity = journal.Rating(min(5, int(iv.Authenticity)+2))
		}
	}
	p = insight.AnalyzeAt(ivs, clockAt(day(200)))
	for _, s := range p.Lessons[0].Shifts {
		if s.Rating == insight.RatingAuthenticity && !s.Claim {
			t.Errorf("authenticity jumped by 2 after the lesson but no effect was claimed: %+v", s)
		}
	}
}
