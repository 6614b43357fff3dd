package cli_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestPrepBrief(t *testing.T) {
	today := journal.DateOf(fuNow)
	a := fuInterview("Acme", today.AddDays(-30))
	a.Curveballs = append(a.Curveballs, journal.Curveball{Question: "What salary are you looking for?", BetterAnswer: "A range anchored on the market"})
	a.Lessons = []string{"Name a number"}
	b := fuInterview("Globex", today.AddDays(-10))
	b.Curveballs = []journal.Curveball{{Question: "What compensation do you expect?", Answer: "dodged"}}
	r := newReminding(t, seedJournal(t, a, b))
	out, errOut, code := r.run(t, fuNow, "prep", "--company", "acme")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"# Before your next interview: acme",
		"## What they keep asking you",
		"Your better answer: A range anchored on the market",
		"## Lessons not practised yet\n\n- Name a number",
		"## Your past interviews here",
		"Acme, Backend engineer, 2026-02-12",
		"- Met Dana Lee",
		"- Asked: Why this team?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the brief lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Globex, Backend") {
		t.Errorf("the brief for Acme lists Globex:\n%s", out)
	}
}
