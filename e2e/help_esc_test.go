package e2e_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
)

// TestEscClosesTheFlowHelpFirst: in `debrief new`, esc with the keys shown
// in full (f1 or ?) closes them and leaves the program running on the same
// step; only a second esc pauses and leaves.
func TestEscClosesTheFlowHelpFirst(t *testing.T) {
	requireTmux(t)
	db := filepath.Join(t.TempDir(), "journal.db")
	n := len(prompts.AfterInterview().Prompts)
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db}, "new")
	term.waitForStep(1, n)
	term.typeText("Acme")
	term.keys("F1")
	term.waitFor("new line")
	term.keys("Escape")
	term.waitForGone("new line")
	// Give a wrongly paused program time to leave before looking.
	time.Sleep(300 * time.Millisecond)
	if term.pidOrZero() == 0 {
		t.Fatal("esc with the keys shown left the program")
	}
	term.waitForStep(1, n)
	term.keys("Escape")
	deadline := time.Now().Add(waitLimit)
	for term.pidOrZero() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the second esc did not pause and leave:\n%s", term.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
