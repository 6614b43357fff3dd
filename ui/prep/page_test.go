package prep

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

var today = journal.DateOf(uitest.Now())

// briefJournal holds three interviews asked about salary, one at Acme with
// a person met, and a story.
func briefJournal(t *testing.T) *uitest.FakePractice {
	t.Helper()
	j := uitest.NewFakeJournal()
	qs := []string{"What are your salary expectations?", "How much are you hoping to earn?", "What salary range are you targeting?"}
	for i, q := range qs {
		iv := journal.Interview{
			Company: []string{"Acme", "Globex", "Initech"}[i], Role: "Backend engineer", Date: today.AddDays(-10 + 3*i), Stage: journal.StageFirst,
			Curveballs: []journal.Curveball{{Question: q, BetterAnswer: "A researched range, anchored on the market rate", Tags: []string{"salary"}}},
			Lessons:    []string{"Pause before answering"},
			Outcome:    journal.Outcome{Status: journal.StatusPending},
		}
		if i == 0 {
			iv.Interviewers = []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}}
		}
		if err := j.FinishDraft(0, &iv); err != nil {
			t.Fatal(err)
		}
	}
	p := uitest.NewFakePractice(j)
	if err := p.SaveStory(&journal.Story{Title: "The late migration", Shows: "I own my mistakes", Themes: []string{"Salary expectations"}}); err != nil {
		t.Fatal(err)
	}
	return p
}

func open(t *testing.T, company string, w, h int) (*uitest.Host, *uitest.Driver) {
	t.Helper()
	j := briefJournal(t)
	ctx := uitest.NewContext(j)
	ctx.Practice = j
	ctx.Width, ctx.Height = w, h
	return uitest.Start(t, ctx, New(ctx, company, ""))
}

func TestBriefShowsThemesAndPast(t *testing.T) {
	h, _ := open(t, "acme", 100, 60)
	v := h.View()
	for _, want := range []string{"Before your next interview: acme", "What they keep asking you", "A researched range", "Lessons not practised yet", "Met Dana Lee"} {
		if !strings.Contains(v, want) {
			t.Fatalf("the brief lacks %q:\n%s", want, v)
		}
	}
}

func TestBriefScrollsAndGoesBack(t *testing.T) {
	h, d := open(t, "acme", 60, 12)
	before := h.View()
	d.Press(tea.KeyPressMsg{Code: tea.KeyPgDown})
	if h.View() == before {
		t.Fatal("page down did not scroll")
	}
	d.Press(tea.KeyPressMsg{Code: 'g', Text: "g"})
	if h.View() != before {
		t.Fatal("g did not go back to the top")
	}
	d.Press(tea.KeyPressMsg{Code: 'G', Text: "G"})
	if !strings.Contains(h.View(), "Asked:") {
		t.Fatalf("G did not reach the end:\n%s", h.View())
	}
	for _, line := range strings.Split(h.View(), "\n") {
		if w := ansi.StringWidth(line); w > 60 {
			t.Fatalf("line of %d cells at 60: %q", w, line)
		}
	}
	d.Press(tea.KeyPressMsg{Code: tea.KeyEscape})
	if h.Backs != 1 {
		t.Fatal("esc did not go back")
	}
}

func TestGoldenBrief(t *testing.T) {
	h, _ := open(t, "acme", 80, 24)
	golden.RequireEqual(t, []byte(h.View()))
}
