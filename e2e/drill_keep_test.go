package e2e_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSharpenedAnswerSurvivesTheEnd types into the box sharpening a
// card's better answer in a drill, then ends debrief each way of
// typingEndings. Each time the card holds the words on the next start.
func TestSharpenedAnswerSurvivesTheEnd(t *testing.T) {
	for _, c := range typingEndings() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			_, env := ownDirs(dir)
			doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
				{"id": 1, "company": "Acme", "role": "Backend engineer", "date": %q, "outcome": {"status": "pending"},
				 "curveballs": [{"question": "What salary do you expect?", "better_answer": "A researched range."}]}
			], "reviews": []}`, time.Now().AddDate(0, 0, -2).Format("2006-01-02"))
			if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
				t.Fatalf("import: exit %d: %s %s", code, out, errOut)
			}
			p := newCrashPane(t, 100, 30, env)
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile, "drill")
			p.waitFor("What salary do you expect?")
			p.keys("Space")
			p.waitFor("A researched range.")
			p.keys("s")
			p.waitFor("Sharpen your better answer")
			p.typeText(" Then the number first")
			p.waitFor("the number first")
			c.end(t, p, pid)
			if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			out, errOut, code := run(t, env, "", "drill", "--all", "--json")
			if code != 0 {
				t.Fatalf("drill --json: exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, "A researched range. Then the number first") {
				t.Fatalf("the card lacks the words typed in the box:\n%s", out)
			}
			if strings.Contains(out, `"reviews": 1`) {
				t.Fatalf("keeping the words graded the card:\n%s", out)
			}
		})
	}
}

// A card's answer sharpened from another terminal while a drill sharpens
// it too is not written over by the drill's saves as it types, nor by its
// drop; enter, once the clash is told, saves the drill's words in its
// place.
func TestSharpenInTwoTerminals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": %q, "outcome": {"status": "pending"},
		 "curveballs": [{"question": "What salary do you expect?", "better_answer": "A researched range."}]}
	], "reviews": []}`, time.Now().AddDate(0, 0, -2).Format("2006-01-02"))
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	answer := func() string {
		out, errOut, code := run(t, env, "", "drill", "--all", "--json")
		if code != 0 {
			t.Fatalf("drill --json: exit %d: %s", code, errOut)
		}
		return out
	}
	term := start(t, 100, 30, env, "drill")
	term.waitFor("What salary do you expect?")
	term.keys("Space")
	term.waitFor("A researched range.")
	term.keys("s")
	term.waitFor("Sharpen your better answer")
	term.typeText(" Mine")
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(answer(), "A researched range. Mine") {
		if time.Now().After(deadline) {
			t.Fatal("the words typed were never saved as typed")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if out, errOut, code := run(t, env, "", "drill", "sharpen", "1/1", "Their answer."); code != 0 {
		t.Fatalf("drill sharpen: exit %d: %s %s", code, out, errOut)
	}
	term.typeText(" and more")
	term.waitFor("changed in another debrief meanwhile")
	if out := answer(); !strings.Contains(out, `"Their answer."`) {
		t.Fatalf("the drill wrote over the answer sharpened elsewhere:\n%s", out)
	}
	// An enter counts a second after the warning shows (kit.ClashWarning).
	time.Sleep(1200 * time.Millisecond)
	term.keys("Enter")
	term.waitFor("Answer sharpened.")
	if out := answer(); !strings.Contains(out, "A researched range. Mine and more") {
		t.Fatalf("enter once told did not save the drill's words:\n%s", out)
	}
}
