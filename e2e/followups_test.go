package e2e_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// followUpsJournal imports two reflections written after the event: one on
// an interview two days ago, whose thank-you is now late (the rules allow
// the day of the interview and the next), and one on yesterday's, whose
// thank-you is due today.
func followUpsJournal(t *testing.T) ([]string, time.Time) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	today := time.Now()
	day := func(n int) string { return today.AddDate(0, 0, n).Format("2006-01-02") }
	doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": %q,
		 "interviewers": [{"name": "Dana Lee", "title": "Engineering manager"}], "outcome": {"status": "pending"}},
		{"id": 2, "company": "Globex", "role": "Data analyst", "date": %q, "outcome": {"status": "pending"}}
	], "reviews": []}`, day(-2), day(-1))
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	return env, today
}

// agendaGroups splits the plain agenda into its groups, by heading.
func agendaGroups(out string) map[string]string {
	groups := map[string]string{}
	var name string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "Overdue", line == "Today", line == "This week", line == "Later":
			name = line
		case name != "":
			groups[name] += line + "\n"
		}
	}
	return groups
}

func TestFollowUpsThroughTheBinary(t *testing.T) {
	env, today := followUpsJournal(t)
	out, errOut, code := run(t, env, "", "followups", "--plain")
	if code != 0 {
		t.Fatalf("followups --plain: exit %d: %s", code, errOut)
	}
	groups := agendaGroups(out)
	if !strings.Contains(groups["Overdue"], "Send a thank-you note · Acme, Backend engineer") || !strings.Contains(groups["Overdue"], "1/thank_you") {
		t.Fatalf("the late thank-you is not overdue:\n%s", out)
	}
	if !strings.Contains(groups["Today"], "2/thank_you") {
		t.Fatalf("yesterday's thank-you is not due today:\n%s", out)
	}

	// Mark the late one done and snooze the other on the screen.
	term := start(t, 100, 30, env, "followups")
	term.waitFor("Overdue (1)")
	term.keys("d")
	term.waitFor("Done: Send a thank-you note")
	s := term.waitFor("Today (")
	if strings.Contains(s, "Overdue (") {
		t.Fatalf("the done thank-you is still overdue:\n%s", s)
	}
	// The cursor stays where the done one was: on the first of today's.
	if line := selectedLine(term.screen()); !strings.Contains(line, "Send a thank-you note") || !strings.Contains(line, "Globex") {
		t.Fatalf("the cursor is not on Globex's thank-you:\n%s", term.screen())
	}
	term.keys("s")
	term.waitFor("For 3 days")
	term.keys("2")
	term.waitFor("Snoozed until")
	term.keys("q")

	// A new process sees both changes.
	out, _, _ = run(t, env, "", "followups", "--plain")
	listed, snoozed, _ := strings.Cut(out, "\nSnoozed\n")
	if strings.Contains(out, "1/thank_you") || strings.Contains(listed, "2/thank_you") || !strings.Contains(snoozed, "2/thank_you · snoozed until") {
		t.Fatalf("done or snoozed thank-yous are listed as open after a restart:\n%s", out)
	}
	term = start(t, 100, 30, env, "followups")
	s = term.waitFor("Follow-ups ·")
	term.waitFor("Later (")
	// The done one is gone; the snoozed one shows only in the Snoozed group.
	s = term.waitFor("Snoozed (1)")
	open, snoozedGroup, _ := strings.Cut(s, "Snoozed (1)")
	if strings.Contains(open, "Send a thank-you note") || !strings.Contains(snoozedGroup, "Send a thank-you note") {
		t.Fatalf("the screen lists a thank-you as open after a restart:\n%s", s)
	}
	term.keys("q")

	// The export holds the records as the user left them.
	exported, _, _ := run(t, env, "", "export")
	var doc struct {
		Interviews []struct {
			ID        uint64
			FollowUps []struct {
				ID           string `json:"id"`
				Status       string `json:"status"`
				DoneAt       string `json:"done_at"`
				SnoozedUntil string `json:"snoozed_until"`
			} `json:"followups"`
		}
	}
	if err := json.Unmarshal([]byte(exported), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[uint64]string{}
	for _, iv := range doc.Interviews {
		for _, f := range iv.FollowUps {
			got[iv.ID] += fmt.Sprintf("%s %s %s%s;", f.ID, f.Status, f.DoneAt, f.SnoozedUntil)
		}
	}
	want := map[uint64]string{
		1: "thank_you done " + today.Format("2006-01-02") + ";",
		2: "thank_you snoozed " + today.AddDate(0, 0, 3).Format("2006-01-02") + ";",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("exported records %v, want %v", got, want)
	}
}

func TestFollowUpsWithoutTerminalPrints(t *testing.T) {
	env, _ := followUpsJournal(t)
	out, errOut, code := run(t, env, "", "followups")
	if code != 0 || !strings.Contains(out, "Follow-ups on ") || !strings.Contains(out, "1/thank_you") {
		t.Fatalf("followups without a terminal: exit %d:\n%s%s", code, out, errOut)
	}
	out, _, code = run(t, env, "", "followups", "draft", "1/thank_you")
	if code != 0 || !strings.Contains(out, "Hi Dana,") {
		t.Fatalf("draft: exit %d:\n%s", code, out)
	}
}

// selectedLine returns the line of the screen marked as selected.
func selectedLine(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "▸") {
			return line
		}
	}
	return ""
}
