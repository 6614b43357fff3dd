package e2e_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
)

// TestTraceTimesEverySave checks DEBRIEF_TRACE: each draft saved while
// answering adds a line "save <nanoseconds>" to the file it names.
func TestTraceTimesEverySave(t *testing.T) {
	dir := t.TempDir()
	trace := filepath.Join(dir, "trace.log")
	n := len(prompts.AfterInterview().Prompts)
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + filepath.Join(dir, "journal.db"), "DEBRIEF_TRACE=" + trace}, "new")
	term.waitForStep(1, n)
	term.typeText("Acme")
	term.keys("Enter")
	term.waitForStep(2, n)
	term.typeText("Backend engineer")
	term.keys("Enter")
	term.waitForStep(3, n)

	var lines []string
	deadline := time.Now().Add(waitLimit)
	for len(lines) < 2 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		data, _ := os.ReadFile(trace)
		lines = strings.Split(strings.TrimSpace(string(data)), "\n")
		if lines[0] == "" {
			lines = nil
		}
	}
	if len(lines) < 2 {
		t.Fatalf("%d saves traced after moving on twice; the file holds %q", len(lines), lines)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 2 || f[0] != "save" {
			t.Fatalf("trace line %q is not \"save <nanoseconds>\"", l)
		}
		if ns, err := strconv.ParseInt(f[1], 10, 64); err != nil || ns <= 0 {
			t.Fatalf("trace line %q has no duration", l)
		}
	}
}
