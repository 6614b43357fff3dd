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

// fakeEditor writes an $EDITOR script that records the mode of the file it
// is given, of its folder, and its path, then writes an answer into it. With
// EDITOR_HANG set it then waits, as an editor left open does.
func fakeEditor(t *testing.T) (script, log string) {
	t.Helper()
	dir := t.TempDir()
	script, log = filepath.Join(dir, "editor.sh"), filepath.Join(dir, "editor.log")
	body := `#!/bin/sh
stat -c '%a' "$1" > "` + log + `"
stat -c '%a' "$(dirname "$1")" >> "` + log + `"
echo "$1" >> "` + log + `"
printf 'written in the editor\n' > "$1"
if [ -n "$EDITOR_HANG" ]; then sleep 20; fi
`
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	return script, log
}

// waitForFile waits until path holds at least lines lines, and returns
// them.
func waitForFile(t *testing.T, path string, lines int) []string {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		b, _ := os.ReadFile(path)
		if got := strings.Split(strings.TrimSpace(string(b)), "\n"); len(got) >= lines {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s holds %q", path, b)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// TestEditorFilesStayPrivate opens $EDITOR from a reflection: the file is in
// debrief's own folder (0700) with mode 0600 and is gone once the editor
// exits; a file left by a debrief killed while the editor was open, and one
// left by an older debrief in that folder, are moved at the next start to
// the folder that keeps them (0700, files 0600), never removed unread.
func TestEditorFilesStayPrivate(t *testing.T) {
	state := t.TempDir()
	dir := filepath.Join(state, "debrief", "editor")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "debrief-7.md")
	if err := os.WriteFile(old, []byte("an answer from long ago"), 0o600); err != nil {
		t.Fatal(err)
	}
	script, log := fakeEditor(t)
	env := []string{"DEBRIEF_DB=" + filepath.Join(t.TempDir(), "journal.db"), "XDG_STATE_HOME=" + state, "EDITOR=" + script}
	n := len(prompts.AfterInterview().Prompts)

	term := start(t, 100, 30, env, "new")
	term.waitForStep(1, n)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Fatalf("a file left in the editor folder is still there after a start: %v", err)
	}
	keptHolds(t, state, "an answer from long ago")
	term.keys("C-e")
	term.waitFor("written in the editor")
	got := waitForFile(t, log, 3)
	if got[0] != "600" || got[1] != "700" || filepath.Dir(got[2]) != dir {
		t.Fatalf("the editor was given %s (mode %s) in a folder of mode %s; want mode 600 in %s (700)", got[2], got[0], got[1], dir)
	}
	if _, err := os.Stat(got[2]); !os.IsNotExist(err) {
		t.Fatalf("the editor's file is still there after the editor exited: %v", err)
	}

	// Killed while the editor is open: the file stays until the next start.
	os.Remove(log)
	hang := start(t, 100, 30, append(env, "EDITOR_HANG=1"), "new")
	hang.waitFor("Unfinished reflection")
	hang.keys("n")
	hang.waitForStep(1, n)
	hang.keys("C-e")
	left := waitForFile(t, log, 3)[2]
	if err := syscall.Kill(hang.pid(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); err != nil {
		t.Fatalf("the file of the killed debrief: %v", err)
	}
	again := start(t, 100, 30, env, "new")
	again.waitFor("Unfinished reflection")
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Fatalf("the file left by a killed debrief is still there after the next start: %v", err)
	}
	keptHolds(t, state, "written in the editor")
}

// keptHolds fails unless a file of the folder that keeps the texts of
// editors (under the state folder state), private, holds text.
func keptHolds(t *testing.T, state, text string) {
	t.Helper()
	dir := filepath.Join(state, "debrief", "editor-kept")
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("the folder that keeps the editor's texts: %v %v", fi, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		b, _ := os.ReadFile(path)
		fi, _ := os.Stat(path)
		if strings.Contains(string(b), text) {
			if fi.Mode().Perm() != 0o600 {
				t.Fatalf("%s has mode %v; want 600", path, fi.Mode().Perm())
			}
			return
		}
	}
	t.Fatalf("no file of %s holds %q (%d files)", dir, text, len(entries))
}
