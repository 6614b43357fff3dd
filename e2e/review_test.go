package e2e_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reviewJournal is an export holding one interview, two days before the
// first review, whose thank-you note is overdue by then.
const reviewJournal = `{"format": "debrief", "version": 1,
 "interviews": [{"id": 1, "company": "Acme", "role": "Backend engineer", "date": "2026-03-05",
   "stage": "first", "lessons": ["Slow down"], "outcome": {"status": "pending"},
   "created_at": "2026-03-05T19:00:00Z", "updated_at": "2026-03-05T19:00:00Z"}],
 "reviews": []}`

func TestWeeklyReviewCarriesTheFocus(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	if _, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, reviewJournal, "import", "-"); code != 0 {
		t.Fatalf("import failed (%d): %s", code, errOut)
	}
	week1 := []string{"DEBRIEF_DB=" + db, "DEBRIEF_NOW=2026-03-07T10:00:00Z"}
	week2 := []string{"DEBRIEF_DB=" + db, "DEBRIEF_NOW=2026-03-14T10:00:00Z"}

	// The first review: mark the overdue thank-you done from the week at a
	// glance, answer the weekly prompts and choose a focus.
	term := start(t, 100, 30, week1, "review")
	term.waitFor("your week at a glance")
	term.waitFor("your first weekly review")
	term.waitFor("Send a thank-you note · Acme")
	term.keys("d")
	term.waitFor("Marked done: Send a thank-you note · Acme")
	term.keys("Enter")
	term.waitForStep(1, 5)
	term.typeText("Sent two applications")
	term.keys("Enter")
	term.waitForStep(2, 5)
	term.typeText("Waiting to hear back")
	term.keys("Enter")
	term.waitForStep(3, 5)
	term.keys("Enter")
	term.waitForStep(4, 5)
	term.typeText("4")
	term.keys("Enter")
	screen := term.waitForStep(5, 5)
	if !strings.Contains(screen, "Your focus for next week") {
		t.Fatalf("the last step is not the focus:\n%s", screen)
	}
	term.typeText("Pause before answering")
	term.keys("Enter")
	term.waitFor("✓ Saved")
	term.keys("q")

	// A week later the review starts with that focus.
	next := start(t, 100, 30, week2, "review")
	next.waitFor("Since your last review on Sat 7 Mar")
	next.keys("Enter")
	screen = next.waitForStep(1, 7)
	for _, want := range []string{"Did you practise last week's focus?", "Pause before answering", "partly"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("the first step lacks %q:\n%s", want, screen)
		}
	}
	next.keys("Down", "Down", "Enter")
	next.waitForStep(2, 7)
	next.typeText("Twice, in mock interviews")
	next.keys("C-s")
	screen = next.waitFor("✓ Saved")
	if !strings.Contains(screen, "2 weeks in a row") {
		t.Fatalf("the streak is not shown after the second review:\n%s", screen)
	}
	next.keys("q")

	out, errOut, code := run(t, week2, "", "review", "--list")
	if code != 0 {
		t.Fatalf("review --list failed (%d): %s", code, errOut)
	}
	for _, want := range []string{"2026-03-09", "2026-03-02", "partly", "Pause before answering", "Streak: 2 weeks in a row"} {
		if !strings.Contains(out, want) {
			t.Errorf("review --list lacks %q:\n%s", want, out)
		}
	}

	out, errOut, code = run(t, week2, "", "review", "show", "2")
	if code != 0 || !strings.Contains(out, "Practised: partly") || !strings.Contains(out, "Twice, in mock interviews") {
		t.Fatalf("review show 2 (%d, %s):\n%s", code, errOut, out)
	}
	if _, _, code := run(t, week2, "", "review", "show", "9"); code != 6 {
		t.Fatalf("a missing review exits %d, want 6", code)
	}

	out, errOut, code = run(t, week2, "", "export")
	if code != 0 {
		t.Fatalf("export failed (%d): %s", code, errOut)
	}
	var doc struct {
		Interviews []struct {
			FollowUps []struct {
				ID     string `json:"id"`
				Status string `json:"status"`
				DoneAt string `json:"done_at"`
			} `json:"followups"`
		} `json:"interviews"`
		Reviews []map[string]any `json:"reviews"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Reviews) != 2 {
		t.Fatalf("%d reviews exported", len(doc.Reviews))
	}
	first, second := doc.Reviews[0], doc.Reviews[1]
	if first["focus"] != "Pause before answering" || first["week_of"] != "2026-03-02" {
		t.Errorf("first review %v", first)
	}
	if second["previous_focus"] != "Pause before answering" || second["previous_focus_done"] != "partly" || second["week_of"] != "2026-03-09" {
		t.Errorf("second review %v", second)
	}
	answers, _ := first["answers"].([]any)
	if len(answers) != 3 {
		t.Errorf("first review answers %v, want three (went well, hard, energy)", answers)
	}
	fus := doc.Interviews[0].FollowUps
	if len(fus) != 1 || fus[0].ID != "thank_you" || fus[0].Status != "done" || fus[0].DoneAt != "2026-03-07" {
		t.Errorf("the thank-you marked in the review was not kept: %+v", fus)
	}
}

func TestReviewNeedsATerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	_, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, "", "review")
	if code != 8 || !strings.Contains(errOut, "review --list") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// A command that only reads creates no journal to say so.
	_, errOut, code = run(t, []string{"DEBRIEF_DB=" + db}, "", "review", "--list")
	if code != 6 || !strings.Contains(errOut, "no journal") {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	if entries, _ := os.ReadDir(filepath.Dir(db)); len(entries) != 0 {
		t.Fatalf("review --list wrote %v", entries)
	}
}
