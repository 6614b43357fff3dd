package kit

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/debrief-journal/debrief/store"
)

// TestEditorFileIsPrivate opens the editor's file: it is written in
// debrief's own folder, which only the user can open, readable by the user
// alone.
func TestEditorFileIsPrivate(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := store.EditorDir()
	// A folder made wider by hand is narrowed again.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	msg, ok := OpenEditor("what the interviewer said")().(EditorReadyMsg)
	if !ok {
		t.Fatalf("the editor's file was not written: %#v", OpenEditor("x")())
	}
	if filepath.Dir(msg.Path) != dir {
		t.Fatalf("the editor's file is %s, not in %s", msg.Path, dir)
	}
	fi, err := os.Stat(msg.Path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the editor's file: %v, mode %v", err, fi.Mode().Perm())
	}
	di, err := os.Stat(dir)
	if err != nil || di.Mode().Perm() != 0o700 {
		t.Fatalf("the editor folder: %v, mode %v", err, di.Mode().Perm())
	}
	if b, _ := os.ReadFile(msg.Path); string(b) != "what the interviewer said" {
		t.Fatalf("the file holds %q", b)
	}
}

// TestRemoveEditorLeftovers removes what a debrief stopped while $EDITOR
// was open left behind, and keeps the file of a debrief still running.
func TestRemoveEditorLeftovers(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	if err := RemoveEditorLeftovers(); err != nil {
		t.Fatalf("no folder yet: %v", err)
	}
	dir, err := editorDir()
	if err != nil {
		t.Fatal(err)
	}
	running := strconv.Itoa(os.Getppid()) + "-1.md" // the go test runner, alive
	gone := []string{
		"999999999-2.md",                    // no such process
		strconv.Itoa(os.Getpid()) + "-3.md", // this ID's earlier owner
		"debrief-4.md",                      // not named by a process
	}
	for _, name := range append(gone, running) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("an answer"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := RemoveEditorLeftovers(); err != nil {
		t.Fatal(err)
	}
	for _, name := range gone {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("%s was left: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, running)); err != nil {
		t.Errorf("the file of a running debrief was removed: %v", err)
	}
}

// TestEditorFileRemovedSecurely zeroes the editor's file before removing it
// once the editor exits: another name of the same file (a hard link) shows
// zeros, not the answer.
func TestEditorFileRemovedSecurely(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	msg, ok := OpenEditor("what I really think of the manager")().(EditorReadyMsg)
	if !ok || msg.Err != nil {
		t.Fatalf("the editor's file was not written: %#v", msg)
	}
	other := filepath.Join(t.TempDir(), "link.md")
	if err := os.Link(msg.Path, other); err != nil {
		t.Skip("no hard links here")
	}
	done, ok := editorFinished(msg.Path, "vi", nil, func(err error) error { return err }).(EditorDoneMsg)
	if !ok || done.Text != "what I really think of the manager" {
		t.Fatalf("the text did not come back: %#v", done)
	}
	if _, err := os.Stat(msg.Path); !os.IsNotExist(err) {
		t.Fatalf("the editor's file is still there: %v", err)
	}
	b, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range b {
		if c != 0 {
			t.Fatalf("the answer is still on disk: %q", b)
		}
	}
}
