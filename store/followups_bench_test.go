package store_test

import (
	"testing"
	"time"

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
		cpu, known := processCPU()
		for b.Loop() {
			a, err := s.Agenda(today)
			if err != nil {
				b.Fatal(err)
			}
			items = a.Counts().Total()
		}
		reportCPU(b, cpu, known)
		b.ReportMetric(float64(items), "open-items")
	})
}

// reportCPU adds to a benchmark the processor time its loop used per
// operation, over all threads: on a machine shared with other work the
// wall time per operation says more about the load than about the code.
// Call it with the result of processCPU taken just before the loop.
func reportCPU(b *testing.B, before time.Duration, known bool) {
	after, ok := processCPU()
	if known && ok && b.N > 0 {
		b.ReportMetric(float64(after-before)/float64(b.N)/1e6, "cpu-ms/op")
	}
}
