package e2e_test

import (
	"path/filepath"
	"testing"
)

// TestEnterTypedAheadIsEnter: keys typed before debrief has set the
// terminal up, as the shell starts it, reach the app in order, and an
// enter among them is an enter: it moves on to the next prompt, not a
// ctrl+j that the company's one-line answer drops.
func TestEnterTypedAheadIsEnter(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db})
	term.keys("n", "Acme", "Enter", "Backend")
	term.waitFor("Acme, Backend")
}
