package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchJournal copies the journal named by DEBRIEF_BENCH_JOURNAL (make one
// with `go run ./bench/mkjournal`) into a folder of the benchmark's own and
// returns the folder and the copy, or skips the benchmark without it.
func benchJournal(b *testing.B) (dir, db string) {
	b.Helper()
	src := os.Getenv("DEBRIEF_BENCH_JOURNAL")
	if src == "" {
		b.Skip("set DEBRIEF_BENCH_JOURNAL to a journal made by bench/mkjournal")
	}
	dir = b.TempDir()
	db = filepath.Join(dir, "journal.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return dir, db
}

// benchRun runs debrief with args in process, failing the benchmark on an
// exit code other than 0.
func benchRun(b *testing.B, env Env, args ...string) {
	b.Helper()
	var errOut bytes.Buffer
	env.Stdin, env.Stdout, env.Stderr = strings.NewReader(""), io.Discard, &errOut
	if code := Execute(context.Background(), "test", args, env); code != 0 {
		b.Fatalf("exit %d: %s", code, errOut.String())
	}
}
