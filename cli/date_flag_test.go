package cli_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
)

// TestDatesOfWhatHappenedAreNotAhead refuses, and changes nothing for, a
// --date after today on every command that records when something
// happened: an outcome, feedback, a follow-up sent.
func TestDatesOfWhatHappenedAreNotAhead(t *testing.T) {
	db := listJournal(t)
	now := time.Date(2025, 8, 1, 12, 0, 0, 0, time.Local)
	before, _, _ := execCLIAt(t, db, now, "export")
	for _, args := range [][]string{
		{"outcome", "1", "rejected", "--date", "2025-08-02"},
		{"feedback", "1", "--date", "2026-01-01", "Clear answers"},
		{"followups", "done", "1/thank_you", "--date", "2025-09-01"},
	} {
		_, errOut, code := execCLIAt(t, db, now, args...)
		if code != cli.ExitInvalid || !strings.Contains(errOut, "is after today, 2025-08-01") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if after, _, _ := execCLIAt(t, db, now, "export"); after != before {
		t.Fatal("a refused date changed the journal")
	}
	if _, errOut, code := execCLIAt(t, db, now, "outcome", "1", "rejected", "--date", "2025-08-01"); code != cli.ExitOK {
		t.Fatalf("today's date was refused: %s", errOut)
	}
}
