package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
)

// editorOpen is debrief in a pane with $EDITOR open on an answer typed
// before ctrl+e, the editor's line written to its file.
type editorOpen struct {
	p            *crashPane
	pid          int
	db, state    string
	env          []string
	typedBefore  string
	editorsWords string
}

// openEditorOnAnswer starts a reflection, types an answer, and opens a
// fake $EDITOR on it that appends a line and then stays open.
func openEditorOnAnswer(t *testing.T) *editorOpen {
	t.Helper()
	dir := t.TempDir()
	e := &editorOpen{db: filepath.Join(dir, "journal.db"), state: filepath.Join(dir, "state"),
		typedBefore: "typed before the editor", editorsWords: "a line from the editor"}
	script := filepath.Join(dir, "editor.sh")
	body := "#!/bin/sh\nprintf '" + e.editorsWords + "\\n' >> \"$1\"\nsleep 30\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	e.env = []string{"DEBRIEF_DB=" + e.db, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"), "XDG_STATE_HOME=" + e.state, "EDITOR=" + script}
	e.p = newCrashPane(t, 100, 30, e.env)
	// A window of its own keeps the tmux server once the pane's is closed.
	e.p.tmux("new-window", "-d", "-t", e.p.name, "sleep 3600")
	e.pid = e.p.launch("new")
	e.p.waitForStep(1, len(prompts.AfterInterview().Prompts))
	e.p.typeText(e.typedBefore)
	e.p.waitFor(e.typedBefore)
	e.p.keys("C-e")
	editing := filepath.Join(e.state, "debrief", "editor")
	deadline := time.Now().Add(waitLimit)
	for !editorWrote(editing, e.editorsWords) {
		if time.Now().After(deadline) {
			t.Fatalf("the editor never wrote its line; the screen shows:\n%s", e.p.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return e
}

// TestTerminalClosedWhileEditing closes the terminal window while $EDITOR
// is open on an answer, its line written: the draft holds every word typed
// before ctrl+e, what the editor wrote is kept aside (private) rather than
// removed, and 'debrief check' says where.
func TestTerminalClosedWhileEditing(t *testing.T) {
	e := openEditorOnAnswer(t)
	e.p.tmux("kill-window", "-t", e.p.name)
	waitEnded(t, e.p, e.pid, "", false)
	if !draftHolds(t, e.db, e.typedBefore) {
		t.Fatal("the draft lacks what was typed before ctrl+e")
	}
	out, _, _ := run(t, e.env, "", "check")
	keptHolds(t, e.state, e.editorsWords)
	if !strings.Contains(out, "kept in "+filepath.Join(e.state, "debrief", "editor-kept")) {
		t.Fatalf("'debrief check' does not say where the editor's text is kept:\n%s", out)
	}
}

// TestInterruptWhileEditing sends an interrupt to the foreground process
// group while $EDITOR is open, as ctrl+c does in a terminal in line mode:
// it is the editor's, and debrief stays.
func TestInterruptWhileEditing(t *testing.T) {
	e := openEditorOnAnswer(t)
	signal(t, -e.pid, syscall.SIGINT)
	time.Sleep(300 * time.Millisecond)
	if !running(e.pid) {
		t.Fatal("an interrupt while the editor was open ended debrief")
	}
}

// editorWrote reports whether a file of the editor folder dir holds line.
func editorWrote(dir, line string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if b, _ := os.ReadFile(filepath.Join(dir, e.Name())); strings.Contains(string(b), line) {
			return true
		}
	}
	return false
}
