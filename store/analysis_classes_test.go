package store_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// demoJournal fills s with n interviews of the demo journal, imported as
// a person's years of use would be, and returns the clock they end at.
func demoJournal(t *testing.T, s *store.Store, n int) time.Time {
	t.Helper()
	now := time.Date(2026, time.March, 10, 12, 0, 0, 0, time.UTC)
	var ivs []journal.Interview
	must(t, demo.Stream(n, 7, now, func(iv journal.Interview) error {
		ivs = append(ivs, iv)
		return nil
	}))
	_, err := s.Import(ivs, nil, false, false)
	must(t, err)
	return now
}

// TestKnownClassesGiveSamePatterns: the patterns drawn with the classes
// the analysis records keep, from the records read whole or only as far
// as patterns read them, are exactly those of a full analysis of the
// whole interviews, on a generated journal, after edits that change
// questions, tags and lessons; and the records do keep a class for every
// question, tag and lesson, so the analysis classifies none itself.
func TestKnownClassesGiveSamePatterns(t *testing.T) {
	s := MustOpen(t)
	now := demoJournal(t, s, 400)
	same := func(t *testing.T) {
		t.Helper()
		aj, err := s.AnalysisJournal()
		must(t, err)
		whole, err := s.Interviews()
		must(t, err)
		if aj.Known == nil {
			t.Fatal("the analysis records gave no classes")
		}
		for _, iv := range whole {
			for _, cb := range iv.Curveballs {
				if _, _, ok := aj.Known.Question(cb.Question); !ok {
					t.Fatalf("no class kept for the question %q", cb.Question)
				}
				for _, tag := range cb.Tags {
					if _, _, ok := aj.Known.Tag(tag); !ok {
						t.Fatalf("no class kept for the tag %q", tag)
					}
				}
			}
			for _, l := range append(append([]string(nil), iv.Lessons...), iv.FeedbackLessons...) {
				if _, _, ok := aj.Known.Lesson(l); !ok {
					t.Fatalf("no class kept for the lesson %q", l)
				}
			}
		}
		known, full := insight.AnalyzeKnownAt(aj.Interviews, aj.Known, now), insight.AnalyzeAt(whole, now)
		if !reflect.DeepEqual(known, full) {
			t.Errorf("patterns with the kept classes differ from a full analysis:\n got %+v\nwant %+v", known, full)
		}
		agenda, err := s.Agenda(journal.DateOf(now))
		must(t, err)
		for _, last := range []*journal.Review{nil, {ID: 1, CreatedAt: now.AddDate(0, 0, -10)}} {
			if fast, slow := insight.WeekSummaryAgenda(aj.Interviews, agenda, aj.Known, last, now), insight.WeekSummary(whole, last, now); !sameWeek(fast, slow) {
				t.Errorf("the week with the kept classes differs from a full analysis:\n got %+v\nwant %+v", fast, slow)
			}
		}
		pj, err := s.PatternsJournal()
		must(t, err)
		if lean := insight.AnalyzeKnownAt(pj.Interviews, pj.Known, now); !reflect.DeepEqual(lean, full) {
			t.Errorf("patterns from the records read for patterns differ from a full analysis:\n got %+v\nwant %+v", lean, full)
		}
		if len(full.Themes) == 0 || len(full.Lessons) == 0 {
			t.Fatalf("%d themes and %d lessons: the journal tests nothing", len(full.Themes), len(full.Lessons))
		}
	}
	same(t)
	whole, err := s.Interviews()
	must(t, err)
	iv := whole[len(whole)/2]
	iv.Curveballs = append(iv.Curveballs,
		journal.Curveball{Question: "What number would you need to say yes?", Tags: []string{"Money talk"}},
		journal.Curveball{Question: "How does Kafka handle consumer rebalancing?", Tags: []string{"kafka"}})
	iv.Lessons = append(iv.Lessons, "Name my number first", "")
	must(t, s.UpdateInterview(iv))
	must(t, s.CreateInterview(&journal.Interview{Company: "Initech", Date: iv.Date, Lessons: []string{"Name my number first"},
		Curveballs: []journal.Curveball{{Question: "How does Kafka handle consumer rebalancing?", Tags: []string{"Kafka"}}}}))
	same(t)
}
