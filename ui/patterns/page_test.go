package patterns

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// planted holds twelve interviews in which the salary question comes up
// three times in different words and one lesson repeats (in interviews 1,
// 5 and 9).
func planted(t *testing.T) *uitest.FakeJournal {
	t.Helper()
	j := uitest.NewFakeJournal()
	questions := []string{"What are your salary expectations?", "How much are you hoping to earn?", "What compensation range are you targeting?"}
	for i := range 12 {
		iv := journal.Interview{
			Company: fmt.Sprintf("Company %c", 'A'+i), Role: "Engineer",
			Date:  journal.NewDate(2026, 1, 1+i*2),
			Stage: journal.StageFirst, MoodAfter: journal.Rating(1 + i%5), Authenticity: journal.Rating(1 + (i/3)%5), Nerves: 3,
			Outcome: journal.Outcome{Status: []journal.Status{journal.StatusRejected, journal.StatusNextRound, journal.StatusPending, journal.StatusWithdrew}[i%4]},
		}
		if i%4 == 0 {
			iv.Curveballs = []journal.Curveball{{Question: questions[i/4], Answer: "I dodged it", BetterAnswer: "Give a researched range"}}
			iv.Lessons = []string{[]string{"Slow down when answering", "Don't rush my answers", "Pause before I answer"}[i/4]}
		}
		if err := j.FinishDraft(0, &iv); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func open(t *testing.T, j *uitest.FakeJournal, w, h int) (*uitest.Host, *uitest.Driver) {
	t.Helper()
	ctx := uitest.NewContext(j)
	ctx.Width, ctx.Height = w, h
	host, d := uitest.Start(t, ctx, New(ctx))
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	return host, d
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func TestFirstFrameDoesNotWait(t *testing.T) {
	ctx := uitest.NewContext(planted(t))
	p := New(ctx)
	cmd := p.Init()
	if v := p.View(); !strings.Contains(v, "Reading your journal") {
		t.Fatalf("the first frame is not the loading line:\n%s", v)
	}
	p.Update(cmd())
	if v := p.View(); !strings.Contains(v, "Salary expectations") {
		t.Fatalf("the report did not fill in:\n%s", v)
	}
}

func TestFunnelShowsEveryOutcome(t *testing.T) {
	h, _ := open(t, planted(t), 100, 80)
	v := h.View()
	if !strings.Contains(v, "first round      12: 3 advanced, 3 rejected, 0 no answer, 3 withdrew, 3 waiting") {
		t.Fatalf("the funnel row does not show every outcome:\n%s", v)
	}
}

// TestAnalysisUsesTheAppClock: a thank-you note for an interview held on
// the app's today is not yet late, so nothing is counted, whatever the
// computer's clock says.
func TestAnalysisUsesTheAppClock(t *testing.T) {
	j := uitest.NewFakeJournal()
	iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.DateOf(uitest.Now()), Stage: journal.StageFirst,
		Interviewers: []journal.Person{{Name: "Dana Lee"}}}
	j.FinishDraft(0, &iv)
	h, _ := open(t, j, 100, 60)
	if v := h.View(); !strings.Contains(v, "Thank-you notes on time: nothing to count yet") {
		t.Fatalf("a note not yet due was counted:\n%s", v)
	}
}

func TestReportScrolls(t *testing.T) {
	h, d := open(t, planted(t), 80, 20)
	p := h.Screen.(*Page)
	for _, tc := range []struct {
		key  string
		want func(y int) bool
	}{
		{"G", func(y int) bool { return y > 0 && p.view.AtBottom() }},
		{"g", func(y int) bool { return y == 0 }},
		{"end", func(y int) bool { return p.view.AtBottom() }},
		{"home", func(y int) bool { return y == 0 }},
		{"pgdown", func(y int) bool { return y > 0 }},
		{"pgup", func(y int) bool { return y == 0 }},
	} {
		d.Press(press(tc.key))
		if y := p.view.YOffset(); !tc.want(y) {
			t.Fatalf("after %s the report is at line %d", tc.key, y)
		}
	}
}

func TestEnterListsTheInterviewsOfAPattern(t *testing.T) {
	h, d := open(t, planted(t), 100, 60)
	// Before tab, the line under the title names the theme d drills; enter
	// lists that same theme's interviews rather than asking for a choice.
	if !strings.Contains(h.View(), "d drill Salary expectations") {
		t.Fatalf("the line under the title does not name the theme:\n%s", h.View())
	}
	d.Press(press("enter"))
	want := kit.NavigateMsg{To: kit.ScreenBrowse, Filter: "id:1,5,9"}
	if len(h.Navigated) != 1 || h.Navigated[0] != want || strings.Contains(h.Ctx.Line.Text(), "Select a theme") {
		t.Fatalf("enter with nothing selected sent %+v (want %+v), status %q", h.Navigated, want, h.Ctx.Line.Text())
	}
	d.Press(press("tab"))
	if !strings.Contains(h.View(), "▸ Salary expectations") {
		t.Fatalf("tab did not select the theme:\n%s", h.View())
	}
	d.Press(press("enter"))
	if len(h.Navigated) != 2 || h.Navigated[1] != want {
		t.Fatalf("enter on the theme sent %+v, want %+v", h.Navigated, want)
	}
	// The filter is one the list understands, and finds those interviews.
	q, problems := query.Parse(h.Navigated[1].Filter)
	if len(problems) > 0 || len(q.IDs) != 3 {
		t.Fatalf("the filter reads as %+v, %v", q, problems)
	}
	d.Press(press("tab"), press("enter"))
	if len(h.Navigated) != 3 || h.Navigated[2].Filter != "id:1,5,9" {
		t.Fatalf("enter on the lesson sent %+v", h.Navigated)
	}
	// shift+tab goes back round to the theme.
	d.Press(press("shift+tab"))
	if !strings.Contains(h.View(), "▸ Salary expectations") {
		t.Fatalf("shift+tab did not go back to the theme:\n%s", h.View())
	}
}

func TestDatesNeverWrapMidValue(t *testing.T) {
	j := planted(t)
	for w := 40; w <= 102; w++ {
		h, _ := open(t, j, w, 80)
		for _, line := range strings.Split(h.View(), "\n") {
			if l := strings.TrimRight(line, " "); strings.HasSuffix(l, "-") {
				t.Fatalf("at width %d a line ends inside a value: %q\n%s", w, l, h.View())
			}
		}
	}
}

func TestKeysPageListsTheKeys(t *testing.T) {
	h, _ := open(t, planted(t), 100, 60)
	var descs []string
	for _, g := range h.Screen.(*Page).KeyGroups() {
		for _, b := range g.Keys {
			descs = append(descs, b.Help().Desc)
		}
	}
	all := strings.Join(descs, "|")
	for _, want := range []string{"next theme or lesson", "list its interviews", "top", "bottom", "page down"} {
		if !strings.Contains(all, want) {
			t.Errorf("the ? page lacks %q: %s", want, all)
		}
	}
}
