package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestMetaPagesShowEveryCommit checks what copySnapshot relies on: the two
// meta pages at the head of the file change with every commit, and only
// then.
func TestMetaPagesShowEveryCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	read := func() []byte {
		t.Helper()
		b, err := metaPages(f)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := read()
	if _, err := s.Interviews(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, read()) {
		t.Fatal("a read changed the meta pages")
	}
	for i := range 3 {
		if err := s.CreateInterview(&journal.Interview{Company: "Acme"}); err != nil {
			t.Fatal(err)
		}
		after := read()
		if bytes.Equal(before, after) {
			t.Fatalf("commit %d left the meta pages as they were", i+1)
		}
		before = after
	}
}

func TestMetaPagesRefuseOtherFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("not a journal "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := metaPages(f); journal.ErrorCode(err) != journal.ECorrupt {
		t.Fatalf("got %v", err)
	}
	if looksLikeJournal(path) {
		t.Fatal("a text file looks like a journal")
	}
}
