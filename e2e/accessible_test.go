package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewWithoutTerminalRefuses(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	_, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, "", "new")
	if code != 8 || !strings.Contains(errOut, "--accessible") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

func TestAccessibleReflection(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	// company, role, date (default), stage by number, format by name,
	// two people, decision date, mood, two things that went well, one
	// curveball; the rest skipped by the end of input… except the input
	// must reach the last prompt, so the rest are empty lines.
	answers := []string{
		"Acme", "Backend engineer", "", "2", "video",
		"Dana Kim, Engineering manager, dana@example.com", "", "2026-12-01", "9", "2",
		"The caching story", "Rapport", "",
		"Salary expectations?", "I froze", "A range", "salary", "",
	}
	input := strings.Join(answers, "\n") + strings.Repeat("\n", 40)
	out, errOut, code := run(t, env, input, "new", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "Please give a number from 1 to 5") {
		t.Errorf("a rating of 9 was not refused:\n%s", out)
	}
	exported, _, _ := run(t, env, "", "export")
	var doc struct {
		Interviews []struct {
			Company      string
			Stage        string
			Format       string
			MoodBefore   int      `json:"mood_before"`
			WentWell     []string `json:"went_well"`
			Interviewers []struct{ Name, Contact string }
			Curveballs   []struct {
				Question     string
				BetterAnswer string `json:"better_answer"`
				Tags         []string
			}
			DecisionExpected string `json:"decision_expected"`
		}
	}
	if err := json.Unmarshal([]byte(exported), &doc); err != nil || len(doc.Interviews) != 1 {
		t.Fatalf("export: %v\n%s", err, exported)
	}
	iv := doc.Interviews[0]
	if iv.Company != "Acme" || iv.Stage != "first" || iv.Format != "video" || iv.MoodBefore != 2 ||
		len(iv.WentWell) != 2 || len(iv.Interviewers) != 1 || iv.Interviewers[0].Contact != "dana@example.com" ||
		len(iv.Curveballs) != 1 || iv.Curveballs[0].BetterAnswer != "A range" || iv.DecisionExpected != "2026-12-01" {
		t.Fatalf("saved %+v", iv)
	}
}

func TestAccessibleInputEndingKeepsDraft(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	_, errOut, code := run(t, env, "Acme\nEngineer\n", "new", "--accessible")
	if code == 0 || !strings.Contains(errOut, "draft") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	out, _, code := run(t, env, "y\n"+strings.Repeat("\n", 60), "new", "--accessible")
	if code != 0 || !strings.Contains(out, "Acme, Engineer") {
		t.Fatalf("resume: exit %d\n%s", code, out)
	}
}
