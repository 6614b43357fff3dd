package store_test

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
)

// BenchmarkAnalysisInterviews reads the analysis record of every
// interview, as debrief patterns does.
func BenchmarkAnalysisInterviews(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		s := openReadOnly(b, benchJournals.path(b, n))
		defer s.Close()
		b.ReportAllocs()
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
	eachSize(b, func(b *testing.B, n int) {
		s := openReadOnly(b, benchJournals.path(b, n))
		defer s.Close()
		b.ReportAllocs()
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
