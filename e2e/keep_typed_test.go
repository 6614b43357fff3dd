package e2e_test

import (
	"path/filepath"
	"testing"
)

// TestChangedAnswerSurvivesTheEnd types into the box of one answer on an
// interview's page, then ends debrief each way of typingEndings. Each time
// the next start offers the change on home.
func TestChangedAnswerSurvivesTheEnd(t *testing.T) {
	for _, c := range typingEndings() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db, env := ownDirs(dir)
			doc := `{"format": "debrief", "version": 1, "interviews": [
				{"id": 1, "company": "Acme", "role": "Backend engineer", "date": "2026-11-30", "outcome": {"status": "pending"}}
			], "reviews": []}`
			if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
				t.Fatalf("import: exit %d: %s %s", code, out, errOut)
			}
			p := newCrashPane(t, 100, 30, env)
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile, "list")
			p.waitFor("Acme")
			p.keys("Enter")
			p.waitFor("Backend engineer")
			p.keys("e")
			p.waitFor("Change which answer")
			p.keys("Down")
			p.waitFor("▸ Company")
			p.keys("Enter")
			p.keys("End")
			p.typeText(" Robotics")
			p.waitFor("Acme Robotics")
			c.end(t, p, pid)
			if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			if !draftHolds(t, db, "Acme Robotics") {
				t.Fatal("no draft holds the words typed in the box")
			}
			p.launch()
			p.waitFor("Changes to Acme, Backend engineer, not saved yet")
		})
	}
}
