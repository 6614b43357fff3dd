package drill

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var today = journal.DateOf(uitest.Now())

func keyOf(s string) tea.KeyPressMsg {
	switch s {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// practiceJournal holds one interview of two days ago with two curveballs
// that have better answers, so two cards are due.
func practiceJournal(t *testing.T) *uitest.FakePractice {
	t.Helper()
	j := uitest.NewFakeJournal()
	iv := journal.Interview{
		Company: "Acme", Role: "Backend engineer", Date: today.AddDays(-2), Stage: journal.StageFirst,
		Curveballs: []journal.Curveball{
			{Question: "What salary do you expect?", BetterAnswer: "A range anchored on the market rate, then why I am worth the top of it.", Tags: []string{"salary"}},
			{Question: "Tell me about a time you failed.", BetterAnswer: "The migration I shipped late, what I changed after it, and the next one on time.", Tags: []string{"failure"}},
		},
	}
	if err := j.FinishDraft(0, &iv); err != nil {
		t.Fatal(err)
	}
	return uitest.NewFakePractice(j)
}

type model struct {
	*uitest.Host
	d *uitest.Driver
	j *uitest.FakePractice
}

func open(t *testing.T, j *uitest.FakePractice, theme string) *model {
	t.Helper()
	ctx := uitest.NewContext(j)
	ctx.Practice = j
	h, d := uitest.Start(t, ctx, New(ctx, theme))
	return &model{Host: h, d: d, j: j}
}

func (m *model) press(keys ...string) {
	for _, k := range keys {
		m.d.Press(keyOf(k))
	}
}

func (m *model) page() *Page { return m.Screen.(*Page) }

func stored(t *testing.T, j *uitest.FakePractice, ref string) journal.Card {
	t.Helper()
	c, ok := j.StoredCards[ref]
	if !ok {
		t.Fatalf("no card %s", ref)
	}
	return c
}

func TestDrillShowsQuestionThenAnswer(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	v := m.View()
	if !strings.Contains(v, "What salary do you expect?") || strings.Contains(v, "market rate") {
		t.Fatalf("the question shows first, without the answer:\n%s", v)
	}
	if !strings.Contains(v, "card 1 of 2") {
		t.Fatalf("no count of cards:\n%s", v)
	}
	m.press("space")
	if v := m.View(); !strings.Contains(v, "market rate") || !strings.Contains(v, "How did it go?") {
		t.Fatalf("space reveals the better answer:\n%s", v)
	}
}

func TestDrillGradeKeysBeforeRevealDoNothing(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("3", "g")
	if c := stored(t, m.j, "1/1"); len(c.Reviews) != 0 {
		t.Fatalf("graded before the answer was seen: %+v", c.Reviews)
	}
}

func TestDrillTimerMarks(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	if len(m.d.Timers) != 1 || m.d.Timers[0].After.Minutes() != 1 {
		t.Fatalf("a one-minute timer starts with the question: %+v", m.d.Timers)
	}
	m.d.Fire()
	if v := m.View(); !strings.Contains(v, "one minute") {
		t.Fatalf("no mark at one minute:\n%s", v)
	}
	m.d.Fire()
	if v := m.View(); !strings.Contains(v, "two minutes") {
		t.Fatalf("no mark at two minutes:\n%s", v)
	}
	m.d.Fire()
	if len(m.d.Timers) != 0 {
		t.Fatalf("the timer goes on past two minutes: %+v", m.d.Timers)
	}
}

func TestDrillOldTimerIsDropped(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "3") // graded before the first minute
	m.d.Fire()            // the first card's timer, and the second's
	if v := m.View(); !strings.Contains(v, "Tell me about a time") || !strings.Contains(v, "one minute") {
		t.Fatalf("the second card shows its own first mark:\n%s", v)
	}
}

func TestDrillGradesAreSaved(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "g", "space", "4")
	a, b := stored(t, m.j, "1/1"), stored(t, m.j, "1/2")
	if len(a.Reviews) != 1 || a.Reviews[0].Grade != 3 || !a.Due.After(today) {
		t.Fatalf("first card graded good: %+v", a)
	}
	if len(b.Reviews) != 1 || b.Reviews[0].Grade != 4 || !b.Due.After(a.Due) {
		t.Fatalf("second card graded easy, due after the good one: %+v", b)
	}
	if v := m.View(); !strings.Contains(v, "Session done") || !strings.Contains(v, "good 1 · easy 1") {
		t.Fatalf("no summary:\n%s", v)
	}
}

func TestDrillAgainComesBackOnce(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "a", "space", "3")
	if v := m.View(); !strings.Contains(v, "What salary") || !strings.Contains(v, "card 3 of 3") {
		t.Fatalf("the card graded again comes back:\n%s", v)
	}
	m.press("space", "1")
	if v := m.View(); !strings.Contains(v, "Session done") || !strings.Contains(v, "again 2") {
		t.Fatalf("it comes back only once:\n%s", v)
	}
	if c := stored(t, m.j, "1/1"); len(c.Reviews) != 2 {
		t.Fatalf("both grades saved: %+v", c.Reviews)
	}
}

func TestDrillSharpen(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "s")
	if m.page().KeyGroups() != nil {
		t.Fatal("? is typed while sharpening, so there is no ? page")
	}
	m.d.Type(" Name the number first.")
	m.press("enter")
	if c := stored(t, m.j, "1/1"); !strings.HasSuffix(c.Answer, "top of it. Name the number first.") {
		t.Fatalf("answer not sharpened: %q", c.Answer)
	}
	if v := m.View(); !strings.Contains(v, "the number first.") || !strings.Contains(v, "Answer sharpened.") {
		t.Fatalf("the sharpened answer shows:\n%s", v)
	}
}

func TestDrillSharpenEscKeeps(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "s")
	m.d.Type(" more")
	m.press("esc")
	if v := m.View(); !strings.Contains(v, "Press esc again") {
		t.Fatalf("esc dropped the changes without asking:\n%s", v)
	}
	m.press("esc")
	if v := m.View(); !strings.Contains(v, "How did it go?") {
		t.Fatalf("the second esc did not close the input:\n%s", v)
	}
	if c := stored(t, m.j, "1/1"); strings.Contains(c.Answer, "more") {
		t.Fatalf("esc saved the edit: %q", c.Answer)
	}
	if m.Backs != 0 {
		t.Fatal("esc while sharpening left the drill")
	}
}

func TestDrillSuspend(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("x")
	if c := stored(t, m.j, "1/1"); !c.Suspended {
		t.Fatal("card not set aside")
	}
	if v := m.View(); !strings.Contains(v, "Tell me about a time") {
		t.Fatalf("the next card shows:\n%s", v)
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Set aside") || !strings.Contains(s, "debrief drill resume 1/1") {
		t.Fatalf("setting a card aside says %q", s)
	}
}

func TestDrillSaveFailureKeepsCard(t *testing.T) {
	j := practiceJournal(t)
	m := open(t, j, "")
	j.FailChanges = 1
	m.press("space", "3")
	if v := m.View(); !strings.Contains(v, "Not saved") || !strings.Contains(v, "What salary") {
		t.Fatalf("a failed save says so and stays on the card:\n%s", v)
	}
	m.press("3")
	if c := stored(t, j, "1/1"); len(c.Reviews) != 1 {
		t.Fatalf("the grade tried again is saved: %+v", c.Reviews)
	}
}

func TestDrillTheme(t *testing.T) {
	m := open(t, practiceJournal(t), "salary")
	if v := m.View(); !strings.Contains(v, "Drill · salary") || !strings.Contains(v, "card 1 of 1") {
		t.Fatalf("only the salary card:\n%s", v)
	}
}

func TestDrillNothingDue(t *testing.T) {
	m := open(t, uitest.NewFakePractice(uitest.NewFakeJournal()), "")
	if v := m.View(); !strings.Contains(v, "Nothing is due today") {
		t.Fatalf("an empty drill says so:\n%s", v)
	}
	m.press("esc")
	if m.Backs != 1 {
		t.Fatal("esc goes back")
	}
}

func TestDrillNarrow(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.d.Send(tea.WindowSizeMsg{Width: 40, Height: 12})
	m.press("space")
	for _, line := range strings.Split(m.View(), "\n") {
		if w := ansi.StringWidth(line); w > 40 {
			t.Fatalf("line of %d cells at 40: %q", w, line)
		}
	}
}

func goldenView(t *testing.T, m *model) {
	t.Helper()
	golden.RequireEqual(t, []byte(m.View()))
}

func TestGoldenDrillQuestion(t *testing.T) {
	goldenView(t, open(t, practiceJournal(t), ""))
}

func TestGoldenDrillTimerMark(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.d.Fire()
	goldenView(t, m)
}

func TestGoldenDrillRevealed(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space")
	goldenView(t, m)
}

func TestGoldenDrillSummary(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	m.press("space", "a", "space", "g", "space", "h")
	goldenView(t, m)
}

var _ kit.Keyed = (*Page)(nil)

func TestDrillLongAnswerScrolls(t *testing.T) {
	j := practiceJournal(t)
	long := strings.Repeat("A sentence of the long answer. ", 40) + "THE END"
	j.Mu.Lock()
	iv := j.Stored[1]
	iv.Curveballs[0].BetterAnswer = long
	j.Stored[1] = iv
	j.Mu.Unlock()
	m := open(t, j, "")
	m.d.Send(tea.WindowSizeMsg{Width: 60, Height: 14})
	m.press("space")
	if strings.Contains(m.View(), "THE END") {
		t.Fatal("the long answer fits; the test needs a longer one")
	}
	m.d.Press(tea.KeyPressMsg{Code: tea.KeyEnd})
	if !strings.Contains(m.View(), "THE END") {
		t.Fatalf("end did not reach the end of the answer:\n%s", m.View())
	}
	m.press("g")
	if c := stored(t, j, "1/1"); len(c.Reviews) != 1 {
		t.Fatal("g grades good in the drill, even on a card that scrolls")
	}
}
