package cli

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkWritingCommand runs `debrief outcome 5 offer` in process on a
// copy of the journal named by DEBRIEF_BENCH_JOURNAL (make one with
// `go run ./bench/mkjournal`), with a state folder, so that every run ends
// by writing the prompt's status file as a command that writes does.
// Profile it with -cpuprofile.
func BenchmarkWritingCommand(b *testing.B) {
	dir, db := benchJournal(b)
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"), "HOME": dir}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	env := Env{Getenv: func(k string) string { return vars[k] }, Now: func() time.Time { return now },
		IsTerminal: func(any) bool { return false }}
	// The first run builds what a first run after an upgrade builds, and
	// takes the day's backup.
	benchRun(b, env, "--db", db, "outcome", "5", "offer")
	for b.Loop() {
		benchRun(b, env, "--db", db, "outcome", "5", "offer")
	}
}
