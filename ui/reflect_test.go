package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// newTestModel builds the app at 80x24 on a fake journal with a fixed clock.
func newTestModel(t *testing.T, j *fakeJournal, start Start) *Model {
	t.Helper()
	m := New(Options{Tick: uitest.Tick, Journal: j, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Start: start,
		Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	return m
}

// startNew opens a new reflection from home.
func startNew(t *testing.T, j *fakeJournal) *Model {
	m := newTestModel(t, j, StartHome)
	press(t, m, keyN)
	if m.screen != kit.ScreenReflect {
		t.Fatalf("n did not open the reflection; screen is %v", m.screen)
	}
	return m
}

func onlyDraft(t *testing.T, j *fakeJournal) journal.Draft {
	t.Helper()
	ds, _ := j.Drafts()
	if len(ds) != 1 {
		t.Fatalf("%d drafts, want 1", len(ds))
	}
	return ds[0]
}

func TestReflectNextSavesTheDraft(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	if m.reflect.step != 1 {
		t.Fatalf("step %d after enter", m.reflect.step)
	}
	d := onlyDraft(t, j)
	if d.Interview.Company != "Acme" || d.Step != 1 || d.Answered != 1 {
		t.Fatalf("draft %+v", d)
	}
}

func TestReflectBackKeepsAnswers(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	typeText(t, m, "Engineer")
	press(t, m, keyBack)
	if m.reflect.step != 0 || m.reflect.input.Text() != "Acme" {
		t.Fatalf("back: step %d input %q", m.reflect.step, m.reflect.input.Text())
	}
	press(t, m, keyEnter)
	if m.reflect.input.Text() != "Engineer" {
		t.Fatalf("the answer typed before going back was lost: %q", m.reflect.input.Text())
	}
}

func TestReflectSkip(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	press(t, m, keyEnter, keyEnter)
	if m.reflect.step != 2 {
		t.Fatalf("step %d", m.reflect.step)
	}
	if d := onlyDraft(t, j); d.Interview.Company != "" || d.Answered != 0 {
		t.Fatalf("skipping stored something: %+v", d)
	}
}

func TestReflectBadDateStays(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	press(t, m, keyEnter, keyEnter)
	typeText(t, m, "x")
	press(t, m, keyEnter)
	if m.reflect.step != 2 || m.reflect.inputErr == "" {
		t.Fatalf("a bad date moved on: step %d err %q", m.reflect.step, m.reflect.inputErr)
	}
	if !strings.Contains(ansi.Strip(m.View().Content), "is not a date") {
		t.Fatal("the date error is not on screen")
	}
}

func TestReflectFinish(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	typeText(t, m, "Engineer")
	press(t, m, keyCtrlS)
	if m.reflect.saved == nil {
		t.Fatal("ctrl+s did not finish")
	}
	sums, _ := j.Summaries()
	if len(sums) != 1 || sums[0].Company != "Acme" || sums[0].Role != "Engineer" || sums[0].Date != journal.DateOf(fixedNow) {
		t.Fatalf("saved %+v", sums)
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Fatal("the draft was not deleted on finish")
	}
}

func TestReflectPauseKeepsDraft(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc left the screen at %v", m.screen)
	}
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("the typed answer was not kept: %+v", d)
	}
	// Resume restores the answer and the position.
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect || m.reflect.input.Text() != "Acme" {
		t.Fatalf("resume: screen %v input %q", m.screen, m.reflect.input.Text())
	}
}

func TestReflectCtrlCPausesAndQuits(t *testing.T) {
	j := newFakeJournal()
	m := newTestModel(t, j, StartNew)
	typeText(t, m, "Acme")
	press(t, m, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !m.quit {
		t.Fatal("ctrl+c did not quit")
	}
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("ctrl+c lost the answer: %+v", d)
	}
}

func TestReflectSaveFailureKeepsTheAnswer(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	j.FailSaves = 1
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	if m.reflect.saveErr == "" || !strings.Contains(ansi.Strip(m.View().Content), "not saved") {
		t.Fatal("a failed save is not shown")
	}
	// The next autosave tick saves it.
	_, cmd := m.Update(autosaveTickMsg{id: m.reflect.tickID})
	run(t, m, cmd)
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("the answer was not saved on retry: %+v", d)
	}
	if m.reflect.saveErr != "" {
		t.Fatal("the error stayed after a successful save")
	}
}

func TestReflectAutosaveWhileTyping(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme Corp")
	if j.Saves != 0 {
		t.Fatalf("saved %d times on keystrokes; saving belongs to the tick", j.Saves)
	}
	_, cmd := m.Update(autosaveTickMsg{id: m.reflect.tickID})
	run(t, m, cmd)
	if d := onlyDraft(t, j); d.Interview.Company != "Acme Corp" {
		t.Fatalf("the tick did not save what was typed: %+v", d)
	}
}

func TestReflectCurveballs(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	for m.reflect.prompt().Kind != journal.KindCurveballs {
		press(t, m, keyEnter)
	}
	for _, s := range []string{"Salary?", "I froze", "A range", "salary, money"} {
		typeText(t, m, s)
		press(t, m, keyEnter)
	}
	typeText(t, m, "Why us?")
	press(t, m, keyEnter, keyEnter, keyEnter, keyEnter)
	press(t, m, keyEnter) // empty question: done
	if m.reflect.prompt().Kind == journal.KindCurveballs {
		t.Fatal("an empty question did not end the curveballs")
	}
	cbs := onlyDraft(t, j).Interview.Curveballs
	if len(cbs) != 2 || cbs[0].BetterAnswer != "A range" || len(cbs[0].Tags) != 2 || cbs[1].Question != "Why us?" {
		t.Fatalf("curveballs %+v", cbs)
	}
	press(t, m, keyBack)
	if m.reflect.sub != 2*len(kit.CurveballParts) {
		t.Fatalf("back landed at %d", m.reflect.sub)
	}
	press(t, m, keyBack)
	if m.reflect.input.Text() != "" || m.reflect.sub != len(kit.CurveballParts)+3 {
		t.Fatalf("back to the tags of the second curveball: sub %d", m.reflect.sub)
	}
}

func TestReflectListAndRating(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	for m.reflect.prompt().ID != "mood_before" {
		press(t, m, keyEnter)
	}
	press(t, m, tea.KeyPressMsg{Code: '4', Text: "4"})
	press(t, m, keyEnter)
	typeText(t, m, "the caching story")
	press(t, m, keyCtrlJ)
	typeText(t, m, "rapport")
	press(t, m, keyEnter)
	iv := onlyDraft(t, j).Interview
	if iv.MoodBefore != 4 || len(iv.WentWell) != 2 || iv.WentWell[1] != "rapport" {
		t.Fatalf("mood %d went well %q", iv.MoodBefore, iv.WentWell)
	}
}

func TestReflectResumeOfferOnNew(t *testing.T) {
	j := newFakeJournal()
	j.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme", Role: "Engineer"}, Step: 5, Answered: 5, Total: 23})
	m := newTestModel(t, j, StartNew)
	if m.screen != kit.ScreenHome || !strings.Contains(ansi.Strip(m.View().Content), "Acme, Engineer, 5/23 answered") {
		t.Fatalf("no resume offer:\n%s", ansi.Strip(m.View().Content))
	}
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect || m.reflect.step != 5 {
		t.Fatalf("resume: %v step %d", m.screen, m.reflect.step)
	}
}

func TestGoldenPrompt(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	typeText(t, m, "Backend engineer")
	press(t, m, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter)
	typeText(t, m, "The caching story landed")
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestGoldenSummary(t *testing.T) {
	j := newFakeJournal()
	m := startNew(t, j)
	typeText(t, m, "Acme")
	press(t, m, keyEnter)
	typeText(t, m, "Backend engineer")
	press(t, m, keyEnter, keyEnter, keyEnter, keyEnter)
	typeText(t, m, "Dana Kim, Engineering manager")
	for m.reflect.prompt().ID != "lessons" {
		press(t, m, keyEnter)
	}
	typeText(t, m, "Pause before answering")
	press(t, m, keyCtrlS)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestGoldenHome(t *testing.T) {
	j := newFakeJournal()
	j.FinishDraft(0, &journal.Interview{Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 12), Stage: journal.StageFirst, Outcome: journal.Outcome{Status: journal.StatusPending}})
	j.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Globex", Role: "Data analyst"}, Answered: 6, Total: 23, UpdatedAt: fixedNow})
	m := newTestModel(t, j, StartHome)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestTooSmall(t *testing.T) {
	m := newTestModel(t, newFakeJournal(), StartHome)
	for _, size := range [][2]int{{20, 6}, {18, 3}, {39, 30}, {60, 9}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		v := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
		if !strings.Contains(v, "larger") && !strings.Contains(v, "too small") {
			t.Fatalf("%v: no request for a larger window:\n%s", size, v)
		}
	}
}

func TestTinyWindowDoesNotPanic(t *testing.T) {
	m := newTestModel(t, newFakeJournal(), StartNew)
	for _, size := range [][2]int{{1, 1}, {0, 0}, {5, 2}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		_ = m.View()
	}
}
