package store

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// BenchmarkDecodeSummaryChecksum measures what the checksum adds to reading
// one summary, the step repeated for every interview when a list opens.
func BenchmarkDecodeSummaryChecksum(b *testing.B) {
	sm := journal.Summary{
		ID: 4242, Date: journal.NewDate(2026, 3, 14), Company: "Kestlespire Collective",
		Role: "Senior data scientist", Stage: journal.StageTechnical, Status: journal.StatusNextRound,
		MoodAfter: 4, Authenticity: 3, Tags: []string{"remote", "salary"},
	}
	key := summaryKey(sm.Date, sm.ID)
	what := func() string { return "The summary" }
	for _, cd := range []codec{{}, {checksums: true}} {
		name := "Plain"
		if cd.checksums {
			name = "Checksum"
		}
		data := cd.seal(bucketSummaries, key, encodeSummary(sm))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var out journal.Summary
			for b.Loop() {
				if err := cd.decodeSummary(key, data, &out, what); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkChecksum measures the checksum alone, over a summary's bytes.
func BenchmarkChecksum(b *testing.B) {
	key := summaryKey(journal.NewDate(2026, 3, 14), 4242)
	value := make([]byte, 90)
	b.SetBytes(int64(len(value)))
	for b.Loop() {
		checksum(bucketSummaries, key, value)
	}
}
