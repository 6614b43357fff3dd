package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// TestKeptEditorTextIsMentioned: while the folder of texts kept from an
// editor debrief could not read back holds any, the app says where, a
// moment after it starts.
func TestKeptEditorTextIsMentioned(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	start := func() *Model {
		m := New(Options{Tick: uitest.Tick, Journal: newFakeJournal(), Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(),
			Now: func() time.Time { return fixedNow }, Getenv: os.Getenv})
		d := drive(t, m)
		d.Run(m.Init())
		return m
	}
	if m := start(); strings.Contains(m.sh.Line.Text(), "kept in") {
		t.Fatalf("with nothing kept the app says: %q", m.sh.Line.Text())
	}
	dir := kit.KeptEditorDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "answer.md"), []byte("words"), 0o600)
	if m := start(); !strings.Contains(m.sh.Line.Text(), "kept in "+dir) {
		t.Fatalf("with a text kept the app says: %q", m.sh.Line.Text())
	}
}
