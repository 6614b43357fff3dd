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

// BenchmarkPatternsJSONCommand runs `debrief patterns --format json` in
// process on a copy of the journal named by DEBRIEF_BENCH_JOURNAL (make one
// with `go run ./bench/mkjournal`), as a command that only reads: nothing
// is kept, so every run analyses. Profile it with -cpuprofile.
func BenchmarkPatternsJSONCommand(b *testing.B) {
	src := os.Getenv("DEBRIEF_BENCH_JOURNAL")
	if src == "" {
		b.Skip("set DEBRIEF_BENCH_JOURNAL to a journal made by bench/mkjournal")
	}
	db := filepath.Join(b.TempDir(), "journal.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o600); err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	env := Env{Getenv: func(string) string { return "" }, Now: func() time.Time { return now },
		IsTerminal: func(any) bool { return false }}
	for b.Loop() {
		var errOut bytes.Buffer
		e := env
		e.Stdin, e.Stdout, e.Stderr = strings.NewReader(""), io.Discard, &errOut
		if code := Execute(context.Background(), "test", []string{"--db", db, "patterns", "--format", "json"}, e); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}
