package e2e_test

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// listRecord is one line of `debrief list --json`.
type listRecord struct {
	ID      uint64 `json:"id"`
	Company string `json:"company"`
	Outcome string `json:"outcome"`
}

// listJSON runs `debrief list --json` with args and reads its lines.
func listJSON(t *testing.T, env []string, args ...string) []listRecord {
	t.Helper()
	out, errOut, code := run(t, env, "", append([]string{"list", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("list --json %v: exit %d: %s", args, code, errOut)
	}
	var recs []listRecord
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var r listRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("list --json line %q: %v", l, err)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestBrowseFindEditDeleteUndo is what a newcomer does first: fill a demo
// journal, find an interview by a word from one of its answers, read it,
// change an answer, delete it and take the deletion back.
func TestBrowseFindEditDeleteUndo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	if out, errOut, code := run(t, env, "", "demo", "--interviews", "150", "--seed", "9", "--today", "2026-03-01"); code != 0 || !strings.Contains(out, "Added 150") {
		t.Fatalf("demo: exit %d: %s%s", code, out, errOut)
	}
	// A word of the answers, and what the command line finds for it, so the
	// screen can be checked against it.
	const word = "whiteboard"
	found := listJSON(t, env, "--search", word)
	if len(found) == 0 || len(found) == 150 {
		t.Fatalf("%q is in %d of 150 demo interviews; pick a rarer word", word, len(found))
	}
	first := found[0]

	term := start(t, 110, 32, env)
	term.waitFor("Recent interviews")
	term.keys("/")
	term.waitFor("stop typing")
	term.typeText(word)
	term.waitFor(fmt.Sprintf("%d of 150", len(found)))
	screen := term.waitFor("↳")
	if !strings.Contains(screen, first.Company) {
		t.Fatalf("the first match %q is not listed:\n%s", first.Company, screen)
	}

	// Read it.
	term.keys("Enter")
	term.waitFor("1 of " + fmt.Sprint(len(found)) + " in the list")
	// The page's frame comes before the interview is read.
	screen = term.waitForGone("Opening…")
	if !strings.Contains(screen, first.Company) {
		t.Fatalf("the page shows another interview:\n%s", screen)
	}

	// Change its outcome (the first answer offered) to an offer.
	term.keys("e")
	term.waitFor("Change which answer")
	term.keys("Enter")
	term.waitFor("enter save")
	term.typeText("o")
	term.keys("Enter")
	term.waitFor("Saved “Outcome”")

	// And one text answer, through the list of answers.
	term.keys("e")
	term.waitFor("Change which answer")
	for range 40 {
		if strings.Contains(term.screen(), "▸ Something you are proud of") {
			break
		}
		term.keys("Down")
		time.Sleep(20 * time.Millisecond)
	}
	term.waitFor("▸ Something you are proud of")
	term.keys("Enter")
	term.waitFor("enter save")
	term.keys("C-u") // not a line input: the text area keeps it; clear by hand
	term.typeText(" Kept calm when the demo broke.")
	term.keys("Enter")
	term.waitFor("Saved “Something you are proud of”")
	term.keys("G") // the answer is near the end of the page
	term.waitFor("Kept calm when the demo broke.")

	// Delete it from the list, then undo.
	term.keys("Escape") // back to the list, still filtered
	term.waitFor("debrief · interviews")
	term.keys("d")
	term.waitFor("y delete")
	term.keys("y")
	term.waitFor(fmt.Sprintf("%d of 149", len(found)-1))
	term.waitFor("Press u to undo")
	term.keys("u")
	term.waitFor("Restored")
	term.waitFor(fmt.Sprintf("%d of 150", len(found)))
	term.keys("q")
	waitGone(t, term)

	// The journal kept the changes, and still holds 150 interviews.
	all := listJSON(t, env)
	if len(all) != 150 {
		t.Fatalf("%d interviews after delete and undo, want 150", len(all))
	}
	var edited *listRecord
	for i := range all {
		if all[i].ID == first.ID {
			edited = &all[i]
		}
	}
	if edited == nil || edited.Outcome != "offer" {
		t.Fatalf("the edited interview is %+v, want it back with an offer", edited)
	}
	out, _, code := run(t, env, "", "show", fmt.Sprint(first.ID))
	if code != 0 || !strings.Contains(out, "Kept calm when the demo broke.") {
		t.Fatalf("show %d: exit %d:\n%s", first.ID, code, out)
	}
	exported, _, _ := run(t, env, "", "export")
	var doc struct {
		Interviews []struct {
			ID        uint64    `json:"id"`
			CreatedAt time.Time `json:"created_at"`
			UpdatedAt time.Time `json:"updated_at"`
		} `json:"interviews"`
	}
	if err := json.Unmarshal([]byte(exported), &doc); err != nil {
		t.Fatal(err)
	}
	for _, iv := range doc.Interviews {
		if iv.ID == first.ID && !iv.UpdatedAt.After(iv.CreatedAt) {
			t.Fatalf("updated_at %s did not move past created_at %s", iv.UpdatedAt, iv.CreatedAt)
		}
	}
}

// waitGone waits until debrief has left the pane.
func waitGone(t *testing.T, term *terminal) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		shell := strings.TrimSpace(term.tmux("display-message", "-p", "-t", term.name, "#{pane_pid}"))
		if out, _ := execOutput("pgrep", "-P", shell, "-f", binary); strings.TrimSpace(out) == "" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("debrief did not quit")
}

// execOutput runs a command and returns what it printed.
func execOutput(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).Output()
	return string(out), err
}
