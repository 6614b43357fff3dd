package e2e_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A story with an 8 KB situation: every key typed in its task is kept by
// the autosave that follows, so a SIGKILL 3 s after typing loses none.
func TestStoryFormLongPartKeepsEveryKeyOnAKill(t *testing.T) {
	dir := t.TempDir()
	_, env := ownDirs(dir)
	situation := strings.Repeat("We moved the payments to the new queue one shop at a time. ", 140)[:8000]
	if out, errOut, code := run(t, env, "", "stories", "add", "The outage", "--situation", situation); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errOut)
	}
	p := newCrashPane(t, 100, 30, env)
	pid := p.launch("stories")
	p.waitFor("The outage")
	p.keys("Enter", "Tab", "Tab")
	p.waitFor("Task\n")
	p.typeText("KEEPME-abcdefghij")
	time.Sleep(3 * time.Second)
	p.kill(pid)
	st := storiesNow(t, env)
	if len(st) != 1 {
		t.Fatalf("after SIGKILL the bank holds %d stories", len(st))
	}
	if st[0].Task != "KEEPME-abcdefghij" {
		t.Fatalf("after SIGKILL the task holds %q", st[0].Task)
	}
}

// Two terminals change the situation of one story: the second keeps the
// first's text in the story and its own in a version of its own, which a
// SIGHUP does not lose.
func TestStoryHeldPartSurvivesSIGHUP(t *testing.T) {
	dir := t.TempDir()
	_, env := ownDirs(dir)
	if out, errOut, code := run(t, env, "", "stories", "add", "The outage"); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errOut)
	}
	a := start(t, 100, 30, env, "stories")
	p := newCrashPane(t, 100, 30, env)
	codeFile := filepath.Join(dir, "code")
	pid := launchKeepingCode(p, codeFile, "stories")
	a.waitFor("The outage")
	p.waitFor("The outage")
	a.keys("Enter", "Tab")
	a.waitFor("Situation\n")
	p.keys("Enter", "Tab")
	p.waitFor("Situation\n")
	a.typeText("Payments down")
	a.keys("C-s")
	a.waitFor("Story saved.")
	p.typeText("Checkout failing")
	p.waitFor("kept apart as")
	p.typeText(" at noon")
	p.waitFor("Checkout failing at noon")
	signal(t, pid, syscall.SIGHUP)
	if code := waitEnded(t, p, pid, codeFile, true); code != 129 {
		t.Errorf("debrief ended with code %d; want 129", code)
	}
	st := storiesNow(t, env)
	if len(st) != 2 || st[0].Situation != "Payments down" {
		t.Fatalf("the bank holds %+v", st)
	}
	if !strings.HasPrefix(st[1].Title, "The outage (your version from ") || st[1].Situation != "Checkout failing at noon" {
		t.Fatalf("the version kept apart: %+v", st[1])
	}
}
