package e2e_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// drillCard is what the test reads of a card in 'drill --json'.
type drillCard struct {
	Due     string
	Reviews int
}

// drillCards reads the cards as 'drill --all --json' prints them, by
// reference.
func drillCards(t *testing.T, env []string) map[string]drillCard {
	t.Helper()
	out, errOut, code := run(t, env, "", "drill", "--all", "--json")
	if code != 0 {
		t.Fatalf("drill --json: exit %d: %s", code, errOut)
	}
	var doc struct {
		Cards []struct {
			Ref     string `json:"ref"`
			Due     string `json:"due"`
			Reviews int    `json:"reviews"`
		} `json:"cards"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("drill --json: %v\n%s", err, out)
	}
	cards := map[string]drillCard{}
	for _, c := range doc.Cards {
		cards[c.Ref] = drillCard{c.Due, c.Reviews}
	}
	return cards
}

// A drill in the screen grades the cards due, and the due dates that
// 'drill --json' prints move as the grades say: a card graded easy comes
// back later than one graded hard, and both after today.
func TestDrillScreenGradesThroughTheBinary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	today := time.Now()
	doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": %q, "outcome": {"status": "pending"},
		 "curveballs": [
		  {"question": "What salary do you expect?", "better_answer": "A researched range", "tags": ["salary"]},
		  {"question": "Tell me about a time you failed.", "better_answer": "The late migration and what I changed"}]}
	], "reviews": []}`, today.AddDate(0, 0, -2).Format("2006-01-02"))
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	before := drillCards(t, env)
	if len(before) != 2 || before["1/1"].Reviews != 0 || before["1/2"].Reviews != 0 {
		t.Fatalf("two new cards expected: %+v", before)
	}
	term := start(t, 100, 30, env, "drill")
	term.waitFor("What salary do you expect?")
	term.keys("Space")
	term.waitFor("A researched range")
	term.keys("2") // hard
	term.waitFor("Tell me about a time you failed.")
	term.keys("Space")
	term.waitFor("The late migration")
	term.keys("e") // easy
	term.waitFor("Session done")
	term.keys("q")
	term.waitForGone("Session done")

	after := drillCards(t, env)
	todayText := today.Format("2006-01-02")
	hard, easy := after["1/1"], after["1/2"]
	if hard.Reviews != 1 || easy.Reviews != 1 {
		t.Fatalf("each card graded once: %+v", after)
	}
	if hard.Due <= todayText || easy.Due <= hard.Due {
		t.Fatalf("due dates: hard %s, easy %s, today %s; want today < hard < easy", hard.Due, easy.Due, todayText)
	}
}
