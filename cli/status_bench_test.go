package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkWritingCommand runs `debrief outcome 5 offer` in process on a
// copy of the journal named by DEBRIEF_BENCH_JOURNAL (make one with
// `go run ./bench/mkjournal`), with a state folder, so that every run ends
// by writing the prompt's status file as a command that writes does.
// Profile it with -cpuprofile.
func BenchmarkWritingCommand(b *testing.B) {
	src := os.Getenv("DEBRIEF_BENCH_JOURNAL")
	if src == "" {
		b.Skip("set DEBRIEF_BENCH_JOURNAL to a journal made by bench/mkjournal")
	}
	dir := b.TempDir()
	db := filepath.Join(dir, "journal.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o600); err != nil {
		b.Fatal(err)
	}
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"), "HOME": dir}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	env := Env{Getenv: func(k string) string { return vars[k] }, Now: func() time.Time { return now },
		IsTerminal: func(any) bool { return false }}
	run := func() {
		var errOut bytes.Buffer
		e := env
		e.Stdin, e.Stdout, e.Stderr = strings.NewReader(""), io.Discard, &errOut
		if code := Execute(context.Background(), "test", []string{"--db", db, "outcome", "5", "offer"}, e); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
	run() // builds what a first run after an upgrade builds, and the day's backup
	for b.Loop() {
		run()
	}
}
