package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
)

// storedAfterExit returns the interviews and drafts of the journal once the
// app has let go of it.
func storedAfterExit(t *testing.T, db string) ([]*journal.Interview, []journal.Draft) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		s, err := store.Open(db)
		if err == nil {
			defer s.Close()
			ivs, err := s.Interviews()
			if err != nil {
				t.Fatal(err)
			}
			ds, err := s.Drafts()
			if err != nil {
				t.Fatal(err)
			}
			return ivs, ds
		}
		if time.Now().After(deadline) {
			t.Fatalf("the journal could not be opened: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestPasteIntoRoleIsCut pastes 15 KiB into the role in a real terminal
// (a bracketed paste, as a terminal sends it): the input keeps what the
// journal accepts, says so, and the reflection finishes.
func TestPasteIntoRoleIsCut(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db, "XDG_STATE_HOME=" + t.TempDir()}
	n := len(prompts.AfterInterview().Prompts)
	term := start(t, 100, 30, env, "new")
	term.waitForStep(1, n)
	term.typeText("Acme")
	term.keys("Enter")
	term.waitForStep(2, n)
	term.tmux("set-buffer", strings.Repeat("r", 15<<10))
	term.tmux("paste-buffer", "-p", "-t", term.name)
	waitForWrapped(term, "Role is limited to 1000 characters; the rest of the paste was left out.")
	term.keys("C-s")
	term.waitFor("Saved")
	term.keys("q")

	out, errOut, code := run(t, env, "", "export")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	var doc struct {
		Interviews []struct{ Company, Role string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Interviews) != 1 {
		t.Fatalf("export: %v\n%s", err, out)
	}
	if got := doc.Interviews[0].Role; got != strings.Repeat("r", journal.MaxShortBytes) {
		t.Fatalf("the role saved is %d bytes", len(got))
	}
}

// TestBlankReflectionSavesNothing finishes 'debrief new' at once: no
// interview, no draft, and the screen says so.
func TestBlankReflectionSavesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db, "XDG_STATE_HOME=" + t.TempDir()}
	n := len(prompts.AfterInterview().Prompts)
	term := start(t, 100, 30, env, "new")
	term.waitForStep(1, n)
	term.keys("Enter", "Enter", "Enter")
	term.waitForStep(4, n)
	term.keys("C-s")
	term.waitFor("Nothing was answered, so nothing was saved.")
	term.keys("q")
	if ivs, ds := storedAfterExit(t, db); len(ivs) != 0 || len(ds) != 0 {
		t.Fatalf("%d interviews and %d drafts after a blank reflection", len(ivs), len(ds))
	}
}

// TestFutureDateAsks gives 'debrief new' a date after today (DEBRIEF_NOW):
// the screens ask before keeping it, and the plain prompts without a
// terminal refuse it unless --yes.
func TestFutureDateAsks(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db, "DEBRIEF_NOW=2026-03-14T10:00:00Z", "XDG_STATE_HOME=" + t.TempDir()}

	_, errOut, code := run(t, env, "Acme\n", "new", "--accessible", "--date", "2026-09-01")
	if code != 2 || !strings.Contains(errOut, "is after today (2026-03-14)") || !strings.Contains(errOut, "--yes") {
		t.Fatalf("--date after today without --yes: exit %d: %s", code, errOut)
	}

	term := start(t, 100, 30, env, "new", "--company", "Acme", "--date", "2026-09-01")
	term.waitForStep(1, len(prompts.AfterInterview().Prompts))
	term.keys("C-s")
	waitForWrapped(term, "The interview date, 2026-09-01, is after today (2026-03-14). Press ctrl+s again to keep it")
	term.keys("C-s")
	term.waitFor("Saved")
	term.keys("q")
	if ivs, _ := storedAfterExit(t, db); len(ivs) != 1 || ivs[0].Date.String() != "2026-09-01" {
		t.Fatalf("the confirmed date was not kept: %v", ivs)
	}
}
