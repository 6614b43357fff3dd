package store_test

import (
	"testing"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// BenchmarkAgendaSizes draws up the agenda of the benchmark journals
// through the follow-up index, as `debrief followups`, home and the
// prompt's status do, on the day the journals were made for.
func BenchmarkAgendaSizes(b *testing.B) {
	today := journal.DateOf(workload.Now)
	eachSize(b, func(b *testing.B, n int) {
		// The index is built the first time a journal opened to write
		// draws up an agenda; a copy of the journal gets it here.
		s, err := store.Open(copyJournal(b, benchJournals.path(b, n)))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if err := s.EnsureFollowUpIndex(); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		var items int
		for b.Loop() {
			a, err := s.Agenda(today)
			if err != nil {
				b.Fatal(err)
			}
			items = a.Counts().Total()
		}
		b.ReportMetric(float64(items), "open-items")
	})
}
