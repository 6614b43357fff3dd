package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
)

// TestTerminalClosedWhileEditing closes the terminal window while $EDITOR
// is open on an answer, its line written: the draft holds every word typed
// before ctrl+e, what the editor wrote is kept aside (private) rather than
// removed, and 'debrief check' says where.
func TestTerminalClosedWhileEditing(t *testing.T) {
	dir := t.TempDir()
	db, state := filepath.Join(dir, "journal.db"), filepath.Join(dir, "state")
	script := filepath.Join(dir, "editor.sh")
	body := "#!/bin/sh\nprintf 'a line from the editor\\n' >> \"$1\"\nsleep 30\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	env := []string{"DEBRIEF_DB=" + db, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"), "XDG_STATE_HOME=" + state, "EDITOR=" + script}
	p := newCrashPane(t, 100, 30, env)
	p.tmux("new-window", "-d", "-t", p.name, "sleep 3600")
	pid := p.launch("new")
	p.waitForStep(1, len(prompts.AfterInterview().Prompts))
	p.typeText("typed before the editor")
	p.waitFor("typed before the editor")
	p.keys("C-e")
	editing := filepath.Join(state, "debrief", "editor")
	deadline := time.Now().Add(waitLimit)
	for !editorWrote(editing) {
		if time.Now().After(deadline) {
			t.Fatalf("the editor never wrote its line; the screen shows:\n%s", p.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.tmux("kill-window", "-t", p.name)
	waitEnded(t, p, pid, "", false)
	if !draftHolds(t, db, "typed before the editor") {
		t.Fatal("the draft lacks what was typed before ctrl+e")
	}
	// What the editor held is kept once this debrief or the next has
	// looked at it.
	out, _, _ := run(t, env, "", "check")
	keptHolds(t, state, "a line from the editor")
	if !strings.Contains(out, "kept in "+filepath.Join(state, "debrief", "editor-kept")) {
		t.Fatalf("'debrief check' does not say where the editor's text is kept:\n%s", out)
	}
}

// editorWrote reports whether a file of the editor folder dir holds the
// fake editor's line.
func editorWrote(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if b, _ := os.ReadFile(filepath.Join(dir, e.Name())); strings.Contains(string(b), "a line from the editor") {
			return true
		}
	}
	return false
}
