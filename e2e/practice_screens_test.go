package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// The story bank and the brief open on a terminal: a story written in the
// bank is kept, and the brief names it under the theme it answers.
func TestStoriesAndBriefThroughTheBinary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	doc := `{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": "2026-01-10", "outcome": {"status": "pending"},
		 "curveballs": [{"question": "What salary do you expect?", "better_answer": "A researched range", "tags": ["salary"]}]}
	], "reviews": []}`
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	term := start(t, 100, 30, env, "stories")
	term.waitFor("No stories yet")
	term.keys("n")
	term.waitFor("A new story")
	term.typeText("The late migration")
	term.keys("C-s")
	term.waitFor("Story saved.")
	term.keys("q")
	term.waitForGone("Story bank")

	out, errOut, code := run(t, env, "", "stories", "--plain")
	if code != 0 || !strings.Contains(out, "The late migration (unfinished)") {
		t.Fatalf("stories --plain: exit %d: %s %s", code, out, errOut)
	}

	term = start(t, 100, 30, env, "prep", "--company", "acme")
	term.waitFor("Before your next interview: acme")
	term.waitFor("Your past interviews here")
	term.keys("Escape")
	term.waitFor("Interview coming up?")
	term.keys("q")
}
