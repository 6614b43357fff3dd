package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/store"
)

// TestRemoveSecurely zeroes a file before removing it: another name of the
// same file (a hard link) shows the zeros.
func TestRemoveSecurely(t *testing.T) {
	dir := t.TempDir()
	path, other := filepath.Join(dir, "answer.md"), filepath.Join(dir, "link.md")
	if err := os.WriteFile(path, []byte("what I really think of the manager"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(path, other); err != nil {
		t.Skip("no hard links here")
	}
	if err := store.RemoveSecurely(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the file is still there: %v", err)
	}
	b, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range b {
		if c != 0 {
			t.Fatalf("the text is still there: %q", b)
		}
	}
}
