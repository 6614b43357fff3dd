package store_test

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// BenchmarkAnalysisInterviews reads the analysis record of every
// interview, as debrief patterns does.
func BenchmarkAnalysisInterviews(b *testing.B) {
	eachSizeReading(b, func(b *testing.B, s *store.Store, n int) {
		for b.Loop() {
			ivs, err := s.AnalysisInterviews()
			if err != nil || len(ivs) != n {
				b.Fatalf("%d records: %v", len(ivs), err)
			}
		}
	})
}

// BenchmarkPatterns reads the analysis records and finds the patterns, the
// whole of debrief patterns but for starting and printing.
func BenchmarkPatterns(b *testing.B) {
	now := time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)
	eachSizeReading(b, func(b *testing.B, s *store.Store, n int) {
		for b.Loop() {
			ivs, err := s.AnalysisInterviews()
			if err != nil {
				b.Fatal(err)
			}
			if p := insight.AnalyzeAt(ivs, now); p.Interviews != n {
				b.Fatalf("%d interviews analysed, want %d", p.Interviews, n)
			}
		}
	})
}

// BenchmarkPatternsKnown is BenchmarkPatterns as debrief patterns now
// reads: only what the patterns use, with the classes the records keep.
func BenchmarkPatternsKnown(b *testing.B) {
	now := time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)
	eachSizeReading(b, func(b *testing.B, s *store.Store, n int) {
		for b.Loop() {
			aj, err := s.PatternsJournal()
			if err != nil {
				b.Fatal(err)
			}
			if p := insight.AnalyzeKnownAt(aj.Interviews, aj.Known, now); p.Interviews != n {
				b.Fatalf("%d interviews analysed, want %d", p.Interviews, n)
			}
		}
	})
}

// BenchmarkWeekSummary sums up a week for the review's glance, from the
// analysis records and the follow-up index, as the glance can.
func BenchmarkWeekSummary(b *testing.B) {
	now := time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)
	eachSize(b, func(b *testing.B, n int) {
		// The app builds the follow-up index the first time it draws up
		// the agenda; a copy of the journal gets it here.
		s, err := store.Open(copyJournal(b, benchJournals.path(b, n)))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if _, err := s.FollowUpInterviews(journal.DateOf(now)); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			ivs, err := s.AnalysisInterviews()
			if err != nil {
				b.Fatal(err)
			}
			planning, err := s.FollowUpInterviews(journal.DateOf(now))
			if err != nil {
				b.Fatal(err)
			}
			insight.WeekSummaryAgenda(ivs, journal.BuildAgenda(planning, journal.DateOf(now)), nil, nil, now)
		}
	})
}

// BenchmarkWeekSummaryWhole is the same from every whole interview, as the
// glance reads them today.
func BenchmarkWeekSummaryWhole(b *testing.B) {
	now := time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)
	eachSizeReading(b, func(b *testing.B, s *store.Store, n int) {
		for b.Loop() {
			ivs, err := s.Interviews()
			if err != nil {
				b.Fatal(err)
			}
			insight.WeekSummary(ivs, nil, now)
		}
	})
}
