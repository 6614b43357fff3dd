package e2e_test

import (
	"path/filepath"
	"syscall"
	"testing"
)

// TestStoryFormKeepsWordsOnTheWayOut types into the story bank's form and
// ends the app before the second autosave waits is up: on SIGHUP (an
// edit of a story) and on ctrl+c (a new one). The next run finds every
// word in the bank.
func TestStoryFormKeepsWordsOnTheWayOut(t *testing.T) {
	dir := t.TempDir()
	_, env := ownDirs(dir)
	if out, errOut, code := run(t, env, "", "stories", "add", "The outage"); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errOut)
	}
	p := newCrashPane(t, 100, 30, env)
	codeFile := filepath.Join(dir, "code")
	pid := launchKeepingCode(p, codeFile, "stories")
	p.waitFor("The outage")
	p.keys("Enter", "Tab")
	p.waitFor("Situation\n")
	p.typeText("Payments down")
	p.waitFor("Payments down")
	signal(t, pid, syscall.SIGHUP)
	if code := waitEnded(t, p, pid, codeFile, true); code != 129 {
		t.Errorf("debrief ended with code %d; want 129", code)
	}
	if st := storiesNow(t, env); len(st) != 1 || st[0].Situation != "Payments down" {
		t.Fatalf("after SIGHUP the bank holds %+v", st)
	}

	codeFile = filepath.Join(dir, "code2")
	pid = launchKeepingCode(p, codeFile, "stories")
	p.waitFor("The outage")
	p.keys("n")
	p.waitFor("A new story")
	p.typeText("Salary talk")
	p.keys("Tab")
	p.typeText("Offer on the table")
	p.waitFor("Offer on the table")
	p.keys("C-c")
	waitEnded(t, p, pid, codeFile, true)
	st := storiesNow(t, env)
	if len(st) != 2 || st[1].Title != "Salary talk" || st[1].Situation != "Offer on the table" {
		t.Fatalf("after ctrl+c the bank holds %+v", st)
	}
}
