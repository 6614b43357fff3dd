//go:build unix

package statusfile_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/statusfile"
)

// TestDueInNeverWaits: a pipe, a device or a huge file where the status
// file should be counts as no status, at once, so a prompt never hangs
// on it.
func TestDueInNeverWaits(t *testing.T) {
	state := t.TempDir()
	journalPath := filepath.Join(t.TempDir(), "journal.db")
	path := statusfile.Path(state, journalPath)
	huge := filepath.Join(t.TempDir(), "huge")
	if err := os.WriteFile(huge, []byte(statusfile.Header+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 1<<30); err != nil {
		t.Fatal(err)
	}
	for name, place := range map[string]func() error{
		"pipe":      func() error { return syscall.Mkfifo(path, 0o600) },
		"device":    func() error { return os.Symlink("/dev/zero", path) },
		"huge file": func() error { return os.Symlink(huge, path) },
	} {
		os.Remove(path)
		if err := place(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		done := make(chan int, 1)
		go func() { done <- statusfile.DueIn(state, journalPath, "2026-03-14") }()
		select {
		case n := <-done:
			if n != 0 {
				t.Errorf("%s: %d due", name, n)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the prompt is still waiting", name)
		}
	}
}
