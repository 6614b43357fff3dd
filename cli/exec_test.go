package cli_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// testNow is the clock of command tests.
var testNow = time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)

// execCLI runs debrief with args on the journal at db, without a terminal,
// and returns what it printed and its exit code.
func execCLI(t *testing.T, db, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runCLI(db, stdin, testNow, false, args...)
}

// runCLI runs debrief with args on the journal at db, reading stdin, under
// a clock standing at now, with standard output a terminal or not (no
// other stream ever is), and returns what it printed and its exit code.
func runCLI(db, stdin string, now time.Time, stdoutTerminal bool, args ...string) (string, string, int) {
	var out, errOut bytes.Buffer
	env := cli.Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			if k == "DEBRIEF_DB" {
				return db
			}
			return ""
		},
		Now:        func() time.Time { return now },
		IsTerminal: func(f any) bool { return stdoutTerminal && f == any(&out) },
	}
	code := cli.Execute(context.Background(), "test", args, env)
	return out.String(), errOut.String(), code
}

// seedJournal creates a journal holding the given interviews.
func seedJournal(t *testing.T, ivs ...journal.Interview) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range ivs {
		if err := s.CreateInterview(&ivs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return db
}
