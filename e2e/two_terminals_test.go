package e2e_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// twoTerminalWrites is how many writes TestTwoTerminals makes the two
// sides take turns at: the app's saves (counted through DEBRIEF_TRACE) and
// the other debrief's. DEBRIEF_E2E_WRITES changes it.
func twoTerminalWrites() int {
	if n, err := strconv.Atoi(os.Getenv("DEBRIEF_E2E_WRITES")); err == nil && n > 0 {
		return n
	}
	return 1000
}

// tracedSaves counts the saves the app wrote into its trace file.
func tracedSaves(trace string) int {
	data, _ := os.ReadFile(trace)
	return strings.Count(string(data), "save ")
}

// TestTwoTerminals keeps the app open on a reflection in one terminal while
// a second debrief writes to and reads from the same journal, the two
// taking turns, and checks that every write of both sides is in the journal
// at the end and that it passes check.
func TestTwoTerminals(t *testing.T) {
	dir, db, _ := richJournal(t)
	trace := filepath.Join(dir, "trace.log")
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db, "DEBRIEF_TRACE=" + trace}, "new", "--company", "Acme", "--role", "Engineer")
	term.waitFor("1/")
	for !strings.Contains(term.screen(), "Curveball 1") {
		term.keys("Enter")
		time.Sleep(60 * time.Millisecond)
	}

	// Each round the app saves a curveball (a save as each of its four
	// parts is left; saves that would overlap are merged into one) and a
	// second debrief records a piece of feedback.
	want := twoTerminalWrites()
	var reads []time.Duration
	rounds := 0
	for rounds < want && (rounds%10 != 0 || tracedSaves(trace)+rounds < want) {
		rounds++
		// The app's turn.
		term.typeText(fmt.Sprintf("q%d", rounds))
		term.keys("Enter", "Enter", "Enter", "Enter")
		// The other terminal's turn: a short write, waiting for the
		// app's save if it is under way.
		debrief(t, db, 0, "feedback", "50000", "--from", "Ana", fmt.Sprintf("f%d", rounds))
		if rounds%10 == 0 {
			start := time.Now()
			debrief(t, db, 0, "list", "--plain")
			reads = append(reads, time.Since(start))
		}
	}
	term.waitFor(fmt.Sprintf("Curveball %d", rounds+1))
	term.waitFor("✓ saved")
	term.keys("C-s")
	term.waitFor("Saved")
	term.keys("q")

	out, _ := debrief(t, db, 0, "export")
	var doc struct {
		Interviews []journal.Interview `json:"interviews"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Interviews) != 2 {
		t.Fatalf("%d interviews, want 2", len(doc.Interviews))
	}
	var imported, made journal.Interview
	for _, iv := range doc.Interviews {
		if iv.ID == 50000 {
			imported = iv
		} else {
			made = iv
		}
	}
	if got := len(imported.Feedback); got != rounds+1 {
		t.Fatalf("%d pieces of feedback, want %d", got, rounds+1)
	}
	for i := 1; i <= rounds; i++ {
		if imported.Feedback[i].Text != fmt.Sprintf("f%d", i) {
			t.Fatalf("feedback %d reads %q", i, imported.Feedback[i].Text)
		}
	}
	if len(made.Curveballs) != rounds {
		t.Fatalf("%d curveballs, want %d", len(made.Curveballs), rounds)
	}
	for i, cb := range made.Curveballs {
		if cb.Question != fmt.Sprintf("q%d", i+1) {
			t.Fatalf("curveball %d reads %q", i+1, cb.Question)
		}
	}
	out, _ = debrief(t, db, 0, "check")
	if !strings.HasPrefix(out, "ok: 2 interviews") {
		t.Fatalf("check: %q", out)
	}
	saves := tracedSaves(trace)
	slices.Sort(reads)
	t.Logf("%d saves by the app and %d writes by the other debrief, in %d rounds; list --plain took %v (median of %d) while the app was open", saves, rounds, rounds, reads[len(reads)/2], len(reads))
	if saves+rounds < want {
		t.Fatalf("only %d writes, want %d", saves+rounds, want)
	}
	// Bounds a hang (waiting for the app to close), not speed.
	if reads[len(reads)/2] > 5*time.Second {
		t.Fatalf("a reading command waited %v while the app was open", reads[len(reads)/2])
	}
}

// TestRestoreWhileTheAppIsOpen checks that a restore never swaps the
// journal from under the screens.
func TestRestoreWhileTheAppIsOpen(t *testing.T) {
	dir, db, _ := richJournal(t)
	backup := filepath.Join(dir, "copy.db")
	debrief(t, db, 0, "backup", backup)
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db}, "new", "--company", "Acme")
	term.waitFor("1/")
	term.typeText("typed while a restore is tried")
	term.waitFor("✓ saved")
	held, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	_, errOut := debrief(t, db, 3, "restore", backup)
	if !strings.Contains(errOut, "open in debrief in another terminal") {
		t.Fatalf("restore: %s", errOut)
	}
	if now, err := os.Stat(db); err != nil || !os.SameFile(held, now) {
		t.Fatal("the journal was replaced under the running app")
	}
	term.keys("Escape")
	deadline := time.Now().Add(waitLimit)
	for {
		cmd := exec.Command(binary, "restore", backup)
		cmd.Env = []string{"DEBRIEF_DB=" + db, "HOME=" + testHome}
		if cmd.Run() == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("restore kept failing after the app closed")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestOtherTerminalsChangesShow changes an interview from a second
// debrief while the list is open in the app, and checks that the app shows
// the change once it reads the interview again.
func TestOtherTerminalsChangesShow(t *testing.T) {
	_, db, _ := richJournal(t)
	term := start(t, 110, 30, []string{"DEBRIEF_DB=" + db}, "list")
	term.waitFor("next round")
	debrief(t, db, 0, "outcome", "50000", "offer")
	term.keys("Enter")
	term.waitFor("offer on")
	term.keys("Escape")
	screen := term.waitFor("Staff engineer")
	if strings.Contains(screen, "next round") || !strings.Contains(screen, "offer") {
		t.Fatalf("the list still shows the old outcome:\n%s", screen)
	}
}
