package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/patterns"
)

// plantedJournal holds twelve interviews in which the salary question comes
// up three times in different words and one lesson repeats.
func plantedJournal() *fakeJournal {
	j := newFakeJournal()
	questions := []string{"What are your salary expectations?", "How much are you hoping to earn?", "What compensation range are you targeting?"}
	for i := range 12 {
		iv := journal.Interview{
			Company: fmt.Sprintf("Company %c", 'A'+i), Role: "Engineer",
			Date:  journal.NewDate(2026, 1, 1+i*2),
			Stage: journal.StageFirst, MoodAfter: journal.Rating(1 + i%5), Authenticity: journal.Rating(1 + (i/3)%5), Nerves: 3,
			Outcome: journal.Outcome{Status: []journal.Status{journal.StatusRejected, journal.StatusNextRound, journal.StatusPending}[i%3]},
		}
		if i%4 == 0 {
			iv.Curveballs = []journal.Curveball{{Question: questions[i/4], Answer: "I dodged it", BetterAnswer: "Give a researched range"}}
			iv.Lessons = []string{[]string{"Slow down when answering", "Don't rush my answers", "Pause before I answer"}[i/4]}
		}
		j.FinishDraft(0, &iv)
	}
	return j
}

func openPatterns(t *testing.T, j *fakeJournal, w, h int) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	press(t, m, tea.KeyPressMsg{Code: 'p', Text: "p"})
	if m.screen != kit.ScreenPatterns {
		t.Fatalf("p opened %v", m.screen)
	}
	return m
}

func TestPatternsScreenFindsPlantedTheme(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 100, 60)
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Salary expectations: in 3 interviews") {
		t.Fatalf("the planted theme is missing:\n%s", v)
	}
	press(t, m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.screen != kit.ScreenHome {
		t.Fatal("esc did not go back home")
	}
}

func TestPatternsScreenScrolls(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 80, 24)
	before := ansi.Strip(m.View().Content)
	press(t, m, tea.KeyPressMsg{Code: tea.KeyPgDown})
	if ansi.Strip(m.View().Content) == before {
		t.Fatal("page down did not scroll")
	}
}

func TestGoldenPatterns80x24(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 80, 24)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestGoldenPatterns120x40(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 120, 40)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestPatternsReportIsSafeAndPlain(t *testing.T) {
	j := plantedJournal()
	ivs, _ := j.Interviews()
	ivs[0].Curveballs[0].Question = "Salary?\x1b]52;c;UFdORUQ=\x07\x1b[2J"
	ivs[4].Curveballs[0].Question = "What pay?\x1b]0;title\x07"
	out := patterns.Report(insight.Analyze(ivs), 80, PlainStyles())
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Fatalf("escape sequences reached the report: %q", out)
	}
}

// TestPatternsEnterOpensTheFilteredList: enter on a theme opens the list
// of interviews with the filter that finds them, shown for the user to
// edit.
func TestPatternsEnterOpensTheFilteredList(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 100, 40)
	press(t, m, tea.KeyPressMsg{Code: tea.KeyTab}, tea.KeyPressMsg{Code: tea.KeyEnter})
	if m.screen != kit.ScreenBrowse {
		t.Fatalf("enter on a theme opened %v", m.screen)
	}
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "id:1,5,9") || !strings.Contains(v, "Company A") || strings.Contains(v, "Company B") {
		t.Fatalf("the list is not filtered to the theme's interviews:\n%s", v)
	}
	// esc clears the filter, as in the list always; then it goes back
	// where the list was opened from, not home.
	press(t, m, tea.KeyPressMsg{Code: tea.KeyEscape}, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.screen != kit.ScreenPatterns {
		t.Fatalf("esc from the list opened from patterns went to %v", m.screen)
	}
}
