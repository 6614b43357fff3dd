package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// Two apps open on one journal, in two terminals, both resume the same
// draft from home (r). The second is refused while the first has it open,
// and says where it is; once the first pauses, the second opens it with
// what the first typed. When the app holding it is killed, the other takes
// it over. Saving it leaves one interview, not two.
func TestOneDraftResumedInTwoApps(t *testing.T) {
	n := len(prompts.AfterInterview().Prompts)
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	// The input ends after the company: the answer is kept as a draft.
	if out, errOut, code := run(t, env, "Acme\n", "new", "--accessible"); code == 0 {
		t.Fatalf("new --accessible with its input cut short: exit 0: %s %s", out, errOut)
	}

	a := start(t, 100, 30, env)
	b := start(t, 100, 30, env)
	for _, term := range []*terminal{a, b} {
		term.waitFor("Unfinished reflection")
	}
	a.keys("r")
	a.waitForStep(2, n)
	b.keys("r")
	b.waitFor("Open in another debrief window since")
	b.waitFor("Unfinished reflection")

	a.typeText("Backend engineer")
	a.keys("Escape")
	a.waitFor("Draft kept")
	b.keys("r")
	b.waitForStep(2, n)
	b.waitFor("Backend engineer")

	// The app holding the draft dies without pausing: its hold is left
	// behind, and the other app takes the draft over.
	killed := b.pid()
	if err := syscall.Kill(killed, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	waitGone(t, b)
	a.keys("r")
	a.waitForStep(2, n)
	a.keys("C-s")
	a.waitFor("Saved")

	out, errOut, code := run(t, env, "", "export")
	var doc struct {
		Interviews []journal.Interview
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("export: exit %d %v: %s", code, err, errOut)
	}
	if len(doc.Interviews) != 1 || doc.Interviews[0].Role != "Backend engineer" {
		t.Fatalf("interviews after saving: %+v", doc.Interviews)
	}
	a.keys("q")
}
