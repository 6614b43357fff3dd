package kit

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
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

// TestKeepEditorLeftovers keeps aside what a debrief stopped while $EDITOR
// was open left behind, private, never removed unread, and leaves the file
// of a debrief still running where it is.
func TestKeepEditorLeftovers(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	if err := KeepEditorLeftovers(); err != nil {
		t.Fatalf("no folder yet: %v", err)
	}
	dir, err := editorDir()
	if err != nil {
		t.Fatal(err)
	}
	running := strconv.Itoa(os.Getppid()) + "-1.md" // the go test runner, alive
	left := []string{
		"999999999-2.md",                    // no such process
		strconv.Itoa(os.Getpid()) + "-3.md", // this ID's earlier owner
		"debrief-4.md",                      // not named by a process
	}
	for _, name := range append(left, running) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("an answer of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := KeepEditorLeftovers(); err != nil {
		t.Fatal(err)
	}
	for _, name := range left {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("%s was left in the editor folder: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, running)); err != nil {
		t.Errorf("the file of a running debrief was moved: %v", err)
	}
	kept, err := KeptEditorFiles()
	if err != nil || len(kept) != len(left) {
		t.Fatalf("kept %q (%v); want the %d files left", kept, err, len(left))
	}
	if fi, err := os.Stat(KeptEditorDir()); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("the folder that keeps them: %v %v", fi, err)
	}
	for _, path := range kept {
		b, err := os.ReadFile(path)
		fi, _ := os.Stat(path)
		if err != nil || !strings.HasPrefix(string(b), "an answer of ") || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s holds %q (mode %v, %v)", path, b, fi.Mode().Perm(), err)
		}
	}
}

// TestEditorEndedWithAnErrorKeepsItsFile keeps the file of an editor that
// ended with an error (killed with its terminal) aside, and the message
// says where.
func TestEditorEndedWithAnErrorKeepsItsFile(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	msg, ok := OpenEditor("an answer")().(EditorReadyMsg)
	if !ok || msg.Err != nil {
		t.Fatalf("the editor's file was not written: %#v", msg)
	}
	if err := os.WriteFile(msg.Path, []byte("an answer, and a line from the editor"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := exec.Command("sh", "-c", "exit 3").Run()
	done, ok := editorFinished(msg.Path, "vi", err, func(err error) error { return err }).(EditorDoneMsg)
	if !ok || done.Err == nil {
		t.Fatalf("an editor that failed gave %#v", done)
	}
	kept, _ := KeptEditorFiles()
	if len(kept) != 1 || !strings.Contains(journal.ErrorMessage(done.Err), kept[0]) {
		t.Fatalf("kept %q; the message says %q", kept, journal.ErrorMessage(done.Err))
	}
	if b, _ := os.ReadFile(kept[0]); string(b) != "an answer, and a line from the editor" {
		t.Fatalf("the kept file holds %q", b)
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
