package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// drillCards runs 'drill --json' with args and returns the cards' refs and
// due days.
func drillCards(t *testing.T, r *reminding, args ...string) map[string]string {
	t.Helper()
	out, errOut, code := r.run(t, fuNow, append([]string{"drill", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("drill --json: exit %d: %s", code, errOut)
	}
	var doc struct {
		Cards []struct{ Ref, Due string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := map[string]string{}
	for _, c := range doc.Cards {
		got[c.Ref] = c.Due
	}
	return got
}

func TestDrillGradeMovesTheDueDay(t *testing.T) {
	today := journal.DateOf(fuNow)
	iv := fuInterview("Acme", today.AddDays(-1))
	iv.Curveballs = append(iv.Curveballs, journal.Curveball{Question: "What number would you need?", BetterAnswer: "A range", Tags: []string{"salary"}})
	r := newReminding(t, seedJournal(t, iv))
	if got := drillCards(t, r); len(got) != 2 || got["1/1"] != "2026-03-13" {
		t.Fatalf("due cards %v", got)
	}
	out, errOut, code := r.run(t, fuNow, "drill", "grade", "1/1", "good")
	if code != 0 || !strings.Contains(out, "Graded 1/1 good: it comes back 2026-03-17.") {
		t.Fatalf("grade: exit %d %s%s", code, out, errOut)
	}
	if got := drillCards(t, r); len(got) != 1 || got["1/2"] == "" {
		t.Fatalf("due after grading %v", got)
	}
	if got := drillCards(t, r, "--all"); got["1/1"] != "2026-03-17" {
		t.Fatalf("every card %v", got)
	}
	if got := drillCards(t, r, "--theme", "salary"); len(got) != 1 || got["1/2"] == "" {
		t.Fatalf("salary cards %v", got)
	}
	// Remind counts the cards due.
	out, _, _ = r.run(t, fuNow, "remind")
	if !strings.Contains(out, "1 practice card due: debrief drill") {
		t.Fatalf("remind:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"drill", "grade", "1/1", "great"}, cli.ExitUsage},
		{[]string{"drill", "grade", "1", "good"}, cli.ExitUsage},
		{[]string{"drill", "grade", "1/9", "good"}, cli.ExitNotFound},
		{[]string{"drill", "sharpen", "1/1", "  "}, cli.ExitInvalid},
	} {
		if _, _, code := r.run(t, fuNow, c.args...); code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
	}
}

func TestDrillSharpenAndSuspend(t *testing.T) {
	r := newReminding(t, seedJournal(t, fuInterview("Acme", journal.DateOf(fuNow))))
	if _, errOut, code := r.run(t, fuNow, "drill", "sharpen", "1/1", "Because payments is where I want to grow, and your team leads it"); code != 0 {
		t.Fatalf("sharpen: %s", errOut)
	}
	out, _, _ := r.run(t, fuNow, "drill", "--json")
	if !strings.Contains(out, "your team leads it") {
		t.Fatalf("the sharper answer is not on the card:\n%s", out)
	}
	// The interview keeps what was written after it.
	if show, _, _ := r.run(t, fuNow, "show", "1"); strings.Contains(show, "your team leads it") {
		t.Fatal("sharpening a card changed the interview")
	}
	r.run(t, fuNow, "drill", "suspend", "1/1")
	if got := drillCards(t, r); len(got) != 0 {
		t.Fatalf("a card set aside is due: %v", got)
	}
	out, _, _ = r.run(t, fuNow, "drill", "--all", "--plain")
	if !strings.Contains(out, "1/1 · set aside · Why this team?") {
		t.Fatalf("plain list:\n%s", out)
	}
	r.run(t, fuNow, "drill", "resume", "1/1")
	if got := drillCards(t, r); len(got) != 1 {
		t.Fatalf("a resumed card is not due: %v", got)
	}
}

// TestPracticeInExports: cards and stories are in the Markdown export and
// go through a JSON export and import unchanged.
func TestPracticeInExports(t *testing.T) {
	iv := fuInterview("Acme", journal.DateOf(fuNow).AddDays(-1))
	iv.CreatedAt, iv.UpdatedAt = fuNow.Add(-time.Hour), fuNow.Add(-time.Hour)
	r := newReminding(t, seedJournal(t, iv))
	r.run(t, fuNow, "drill", "grade", "1/1", "hard")
	r.run(t, fuNow, "stories", "add", "The outage", "--card", "1/1", "--theme", "pressure")
	md, _, code := r.run(t, fuNow, "export", "--format", "markdown")
	for _, want := range []string{"# Practice", "### Card 1/1: Why this team?", "practised once: 2026-03-14 hard", "### The outage"} {
		if code != 0 || !strings.Contains(md, want) {
			t.Errorf("the Markdown export lacks %q:\n%s", want, md)
		}
	}
	first, _, _ := r.run(t, fuNow, "export")
	file := filepath.Join(t.TempDir(), "out.json")
	os.WriteFile(file, []byte(first), 0o600)
	other := newReminding(t, filepath.Join(t.TempDir(), "other.db"))
	if out, errOut, code := other.run(t, fuNow, "import", file); code != 0 || !strings.Contains(out, "Practice: 1 card added") {
		t.Fatalf("import: exit %d %s%s", code, out, errOut)
	}
	if second, _, _ := other.run(t, fuNow, "export"); second != first {
		t.Fatalf("the export changed on the way through:\n%s\n---\n%s", first, second)
	}
}
