package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// storiesNow reads the story bank through the binary.
func storiesNow(t *testing.T, env []string) []journal.Story {
	t.Helper()
	out, errOut, code := run(t, env, "", "stories", "--json")
	var doc struct{ Stories []journal.Story }
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("stories --json: exit %d %v: %s %s", code, err, out, errOut)
	}
	return doc.Stories
}

// Two story banks open on one journal, in two terminals: edits of
// different parts of the same story are both kept, and left-out stories
// started from another terminal meanwhile are not started twice, nor
// again once renamed.
func TestStoriesInTwoTerminals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	doc := `{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": "2026-01-10", "outcome": {"status": "pending"},
		 "should_have_told": ["The migration project", "Mentoring the new hire"]}
	], "reviews": []}`
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	if out, errOut, code := run(t, env, "", "stories", "add", "The outage"); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errOut)
	}

	a := start(t, 100, 30, env, "stories")
	b := start(t, 100, 30, env, "stories")
	a.waitFor("2 stories you noted you left out")
	b.waitFor("2 stories you noted you left out")
	a.keys("Enter", "Tab")
	a.waitFor("Situation\n")
	b.keys("Enter", "Tab", "Tab")
	b.waitFor("Task\n")
	a.typeText("Payments down")
	a.keys("C-s")
	a.waitFor("Story saved.")
	b.typeText("Get them back")
	b.keys("C-s")
	b.waitFor("Story saved.")
	if st := storiesNow(t, env)[0]; st.Situation != "Payments down" || st.Task != "Get them back" {
		t.Fatalf("the story holds %+v", st)
	}

	if out, errOut, code := run(t, env, "", "stories", "from", "1"); code != 0 {
		t.Fatalf("from: exit %d: %s %s", code, out, errOut)
	}
	a.keys("f")
	a.waitFor("in the bank already")
	if got := len(storiesNow(t, env)); got != 3 {
		t.Fatalf("%d stories, want 3", got)
	}

	a.keys("Down", "Enter")
	a.waitFor("The migration project")
	a.keys("C-u")
	a.typeText("Renamed")
	a.keys("C-s")
	a.waitFor("Story saved.")
	a.waitForGone("left out")
	b.keys("f")
	b.waitFor("in the bank already")
	stories := storiesNow(t, env)
	if len(stories) != 3 || stories[1].Title != "Renamed" {
		t.Fatalf("stories %+v", stories)
	}
	a.keys("q")
	b.keys("q")
}
