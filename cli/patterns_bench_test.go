package cli

import (
	"testing"
	"time"
)

// BenchmarkPatternsJSONCommand runs `debrief patterns --format json` in
// process on a copy of the journal named by DEBRIEF_BENCH_JOURNAL (make one
// with `go run ./bench/mkjournal`), as a command that only reads: nothing
// is kept, so every run analyses. Profile it with -cpuprofile.
func BenchmarkPatternsJSONCommand(b *testing.B) {
	_, db := benchJournal(b)
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	env := Env{Getenv: func(string) string { return "" }, Now: func() time.Time { return now },
		IsTerminal: func(any) bool { return false }}
	for b.Loop() {
		benchRun(b, env, "--db", db, "patterns", "--format", "json")
	}
}
