package stories

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

var today = journal.DateOf(uitest.Now())

func keyOf(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// bankJournal holds salary asked in three interviews and the failure
// question in two, one complete story on failure told twice in interview
// 1, and one unfinished story.
func bankJournal(t *testing.T) *uitest.FakePractice {
	t.Helper()
	j := uitest.NewFakeJournal()
	for i, q := range []string{"What are your salary expectations?", "How much are you hoping to earn?", "What salary range are you targeting?"} {
		iv := journal.Interview{
			Company: []string{"Acme", "Globex", "Initech"}[i], Role: "Backend engineer", Date: today.AddDays(-10 + 3*i), Stage: journal.StageFirst,
			Curveballs: []journal.Curveball{{Question: q, BetterAnswer: "A researched range"}},
			Outcome:    journal.Outcome{Status: journal.StatusPending},
		}
		if err := j.FinishDraft(0, &iv); err != nil {
			t.Fatal(err)
		}
	}
	p := uitest.NewFakePractice(j)
	for _, st := range []journal.Story{
		{Title: "The late migration", Situation: "A migration due in May", Task: "Ship it", Action: "Split it in three", Result: "Late by two weeks", Shows: "I own my mistakes",
			Themes: []string{"failure"}, Cards: []string{"1/1", "1/2"}},
		{Title: "The outage on Black Friday", Situation: "Payments down"},
	} {
		if err := p.SaveStory(&st); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

type model struct {
	*uitest.Host
	d *uitest.Driver
	j *uitest.FakePractice
}

func open(t *testing.T, j *uitest.FakePractice, w, h int) *model {
	t.Helper()
	ctx := uitest.NewContext(j)
	ctx.Practice = j
	ctx.Width, ctx.Height = w, h
	host, d := uitest.Start(t, ctx, New(ctx))
	return &model{Host: host, d: d, j: j}
}

func (m *model) press(keys ...string) {
	for _, k := range keys {
		m.d.Press(keyOf(k))
	}
}

func TestStoriesList(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	v := m.View()
	for _, want := range []string{"The late migration", "complete", "The outage on Black Friday", "unfinished",
		"Themes with no story yet", "Salary expectations", "answers 1/1 and 1/2, all in interview 1"} {
		if !strings.Contains(v, want) {
			t.Fatalf("the bank lacks %q:\n%s", want, v)
		}
	}
}

func TestStoriesEditPart(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("down", "enter", "tab", "tab")
	if v := m.View(); !strings.Contains(v, "Task") {
		t.Fatalf("the form is not open:\n%s", v)
	}
	m.d.Type("Get payments back")
	m.press("ctrl+s")
	if got := m.j.StoredStories[2].Task; got != "Get payments back" {
		t.Fatalf("task saved as %q", got)
	}
	if got := m.j.StoredStories[2].Situation; got != "Payments down" {
		t.Fatalf("situation changed to %q", got)
	}
	if v := m.View(); !strings.Contains(v, "Story saved.") || strings.Contains(v, "Situation:") {
		t.Fatalf("back on the list after saving:\n%s", v)
	}
}

func TestStoriesNew(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("n")
	m.press("ctrl+s")
	if len(m.j.StoredStories) != 2 || !strings.Contains(m.View(), "needs a title") {
		t.Fatalf("a story without a title was saved:\n%s", m.View())
	}
	m.d.Type("Salary talk at Globex")
	m.press("tab", "tab", "tab", "tab", "tab", "tab")
	m.d.Type("Salary expectations")
	m.press("ctrl+s")
	st, ok := m.j.StoredStories[3]
	if !ok || st.Title != "Salary talk at Globex" || len(st.Themes) != 1 || st.Themes[0] != "Salary expectations" {
		t.Fatalf("new story: %+v", st)
	}
	if v := m.View(); strings.Contains(v, "Themes with no story yet") {
		t.Fatalf("the theme now has a story:\n%s", v)
	}
}

func TestStoriesEscAsksBeforeDropping(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("enter")
	m.d.Type(" (2024)")
	m.press("esc")
	if v := m.View(); !strings.Contains(v, "Press esc again") {
		t.Fatalf("esc dropped changes without asking:\n%s", v)
	}
	m.press("esc")
	if m.j.StoredStories[1].Title != "The late migration" || m.Backs != 0 {
		t.Fatal("the second esc should close the form without saving")
	}
	m.press("esc")
	if m.Backs != 1 {
		t.Fatal("esc on the list goes back")
	}
}

func TestStoriesDeleteConfirms(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("x", "j")
	if len(m.j.StoredStories) != 2 {
		t.Fatal("deleted without confirmation")
	}
	m.press("x")
	if !strings.Contains(m.View(), "Press y to delete") {
		t.Fatalf("no confirmation asked:\n%s", m.View())
	}
	m.press("y")
	if len(m.j.StoredStories) != 1 || !strings.Contains(m.View(), "Deleted the story") {
		t.Fatalf("not deleted:\n%s", m.View())
	}
}

// TestStoriesDeletedLongTitleSaidOnce: a long title cut in the message
// that it was deleted ends with its ellipsis, not an ellipsis and a stop.
func TestStoriesDeletedLongTitleSaidOnce(t *testing.T) {
	j := bankJournal(t)
	for id, st := range j.StoredStories {
		st.Title = strings.Repeat("A very long story title ", 5)
		j.StoredStories[id] = st
		break
	}
	m := open(t, j, 100, 30)
	said := false
	for range len(j.StoredStories) {
		m.press("x", "y")
		v := m.View()
		said = said || strings.Contains(v, "Deleted the story A very long")
		if strings.Contains(v, "….") {
			t.Fatalf("the message ends twice:\n%s", v)
		}
	}
	if !said {
		t.Fatal("the long title was never said deleted")
	}
}

func TestStoriesNarrow(t *testing.T) {
	m := open(t, bankJournal(t), 40, 12)
	for _, v := range []string{m.View(), func() string { m.press("enter"); return m.View() }()} {
		for _, line := range strings.Split(v, "\n") {
			if w := ansi.StringWidth(line); w > 40 {
				t.Fatalf("line of %d cells at 40: %q", w, line)
			}
		}
	}
}

func TestGoldenStories(t *testing.T) {
	m := open(t, bankJournal(t), 80, 24)
	golden.RequireEqual(t, []byte(m.View()))
}

func TestGoldenStoryForm(t *testing.T) {
	m := open(t, bankJournal(t), 80, 24)
	m.press("enter", "tab")
	golden.RequireEqual(t, []byte(m.View()))
}

func TestStoriesManyScroll(t *testing.T) {
	j := bankJournal(t)
	for i := range 30 {
		if err := j.SaveStory(&journal.Story{Title: "Story number " + string(rune('A'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	m := open(t, j, 80, 20)
	for range 31 {
		m.press("down")
	}
	if v := m.View(); !strings.Contains(v, "▸ Story number ^") || !strings.Contains(v, "32 stories in all") {
		t.Fatalf("the last story is not in view:\n%s", v)
	}
}

// TestStoriesLongBankKeepsItsWarnings: however many stories the bank
// holds, the warning of a story told twice in one interview, and the
// themes with no story, stay on a screen of 30 rows, with the selected
// story.
func TestStoriesLongBankKeepsItsWarnings(t *testing.T) {
	j := bankJournal(t)
	for i := range 90 {
		if err := j.SaveStory(&journal.Story{Title: fmt.Sprintf("Story number %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, title := range []string{"The second telling", "The third telling", "The fourth telling"} {
		if err := j.SaveStory(&journal.Story{Title: title, Cards: []string{"1/1", "1/2"}}); err != nil {
			t.Fatal(err)
		}
	}
	m := open(t, j, 100, 30)
	for range 50 {
		m.press("down")
	}
	v := m.View()
	if n := strings.Count(v, "answers 1/1 and 1/2"); n != 4 {
		t.Errorf("%d of the 4 stories told twice are warned of:\n%s", n, v)
	}
	for _, want := range []string{"Themes with no story yet", "▸ ", "95 stories in all"} {
		if !strings.Contains(v, want) {
			t.Errorf("%q is off the screen:\n%s", want, v)
		}
	}
}

func TestStoriesStartFromLeftOut(t *testing.T) {
	j := bankJournal(t)
	j.Mu.Lock()
	iv := j.Stored[2]
	iv.ShouldHaveTold = []string{"The hiring freeze", "The late migration"}
	j.Stored[2] = iv
	j.Mu.Unlock()
	m := open(t, j, 100, 30)
	if v := m.View(); !strings.Contains(v, "2 stories you noted you left out of an interview are not in the bank yet (f to start them)") {
		t.Fatalf("no offer to start the left-out stories:\n%s", v)
	}
	m.press("f")
	var titles []string
	for _, st := range j.StoredStories {
		if st.From == "2" {
			titles = append(titles, st.Title)
		}
	}
	if len(titles) != 2 || !strings.Contains(m.View(), "Started 2 unfinished stories") || strings.Contains(m.View(), "f to start") {
		t.Fatalf("started %v:\n%s", titles, m.View())
	}
	m.press("f")
	if len(j.StoredStories) != 4 {
		t.Fatalf("f started the same stories twice: %d", len(j.StoredStories))
	}
}

// TestStoriesSaveReadsOnlyTheStories: saving, deleting or starting stories
// reads the stories again, not every interview; what the interviews gave
// (the themes without a story, the left-out ones) is worked out afresh
// against the new stories.
func TestStoriesSaveReadsOnlyTheStories(t *testing.T) {
	j := bankJournal(t)
	j.Mu.Lock()
	iv := j.Stored[2]
	iv.ShouldHaveTold = []string{"The hiring freeze"}
	j.Stored[2] = iv
	j.Mu.Unlock()
	m := open(t, j, 100, 30)
	if j.InterviewReads != 1 {
		t.Fatalf("opening the bank read the interviews %d times", j.InterviewReads)
	}
	m.press("f")
	if v := m.View(); j.InterviewReads != 1 || strings.Contains(v, "f to start") || !strings.Contains(v, "The hiring freeze") {
		t.Fatalf("after starting the left-out story, %d readings of the interviews:\n%s", j.InterviewReads, v)
	}
}

// A theme written twice in the form is kept once.
func TestStoriesFormKeepsEachThemeOnce(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("n")
	m.d.Type("Salary talk")
	m.press("tab", "tab", "tab", "tab", "tab", "tab")
	m.d.Type("pressure, Salary expectations, pressure, Pressure")
	m.press("ctrl+s")
	st := m.j.StoredStories[3]
	if strings.Join(st.Themes, "|") != "pressure|Salary expectations" {
		t.Fatalf("themes %q", st.Themes)
	}
}
