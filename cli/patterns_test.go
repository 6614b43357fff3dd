package cli_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func plantedInterviews() []journal.Interview {
	wordings := []string{
		"What are your salary expectations?", "How much are you hoping to earn?",
		"What compensation range are you targeting?", "What would it take pay-wise for you to move?",
		"Where do you need to be on base pay?", "What are you currently making?",
	}
	var out []journal.Interview
	for i := range 40 {
		iv := journal.Interview{Company: fmt.Sprintf("Company %d", i), Role: "Engineer", Date: journal.NewDate(2025, 1, 1).AddDays(i * 7)}
		if i%7 == 0 && i/7 < len(wordings) {
			iv.Curveballs = []journal.Curveball{{Question: wordings[i/7], Answer: "I hedged"}}
		}
		out = append(out, iv)
	}
	return out
}

func TestPatternsJSON(t *testing.T) {
	db := seedJournal(t, plantedInterviews()...)
	out, errOut, code := execCLI(t, db, "", "patterns", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Interviews int `json:"interviews"`
		Themes     []struct {
			Key   string `json:"key"`
			Count int    `json:"count"`
			Items []struct {
				InterviewID uint64 `json:"interview_id"`
				Question    string `json:"question"`
			} `json:"items"`
		} `json:"themes"`
		Trends []struct {
			Rating    string `json:"rating"`
			Direction string `json:"direction"`
		} `json:"trends"`
		FollowThrough map[string]struct{ Done, Of int } `json:"follow_through"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Interviews != 40 || len(doc.Themes) != 1 || doc.Themes[0].Count != 6 || len(doc.Themes[0].Items) != 6 {
		t.Fatalf("themes %+v", doc.Themes)
	}
	if len(doc.Trends) != 4 || doc.Trends[0].Direction == "" {
		t.Fatalf("trends %+v", doc.Trends)
	}
	if _, ok := doc.FollowThrough["thank_you_on_time"]; !ok {
		t.Fatalf("follow_through %+v", doc.FollowThrough)
	}
}

func TestPatternsTextWithoutTerminal(t *testing.T) {
	db := seedJournal(t, plantedInterviews()...)
	out, _, code := execCLI(t, db, "", "patterns")
	if code != 0 || !strings.Contains(out, "in 6 interviews") || strings.Contains(out, "\x1b") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

func TestPatternsBadFormat(t *testing.T) {
	_, errOut, code := execCLI(t, seedJournal(t), "", "patterns", "--format", "xml")
	if code != 2 || !strings.Contains(errOut, "text or json") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

// TestPatternsJSONListsTheLatest checks that a theme met in many
// interviews lists only its latest curveballs, with the count of all, and a
// lesson only its latest interviews, so the document stays small.
func TestPatternsJSONListsTheLatest(t *testing.T) {
	var ivs []journal.Interview
	for i := range 30 {
		ivs = append(ivs, journal.Interview{
			Company: fmt.Sprintf("Company %d", i), Role: "Engineer", Date: journal.NewDate(2025, 1, 1).AddDays(i),
			Curveballs: []journal.Curveball{{Question: fmt.Sprintf("What are your salary expectations, take %d?", i)}},
			Lessons:    []string{"Research the salary range before the call"},
		})
	}
	out, errOut, code := execCLI(t, seedJournal(t, ivs...), "", "patterns", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Themes []struct {
			Count      int `json:"count"`
			Curveballs int `json:"curveballs"`
			Items      []struct {
				Question string `json:"question"`
			} `json:"items"`
		} `json:"themes"`
		Lessons []struct {
			Count        int      `json:"count"`
			InterviewIDs []uint64 `json:"interview_ids"`
		} `json:"lessons"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Themes) != 1 || doc.Themes[0].Count != 30 || doc.Themes[0].Curveballs != 30 || len(doc.Themes[0].Items) != 10 {
		t.Fatalf("themes %+v", doc.Themes)
	}
	if last := doc.Themes[0].Items[9].Question; last != "What are your salary expectations, take 29?" {
		t.Errorf("the last item listed is %q, want the latest curveball", last)
	}
	if len(doc.Lessons) != 1 || doc.Lessons[0].Count != 30 || len(doc.Lessons[0].InterviewIDs) != 10 {
		t.Fatalf("lessons %+v", doc.Lessons)
	}
}
