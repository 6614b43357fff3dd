package flow

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// flowModel is the guided flow in a stand-in for the root.
type flowModel struct {
	*uitest.Host
	d       *uitest.Driver
	reflect *Model
	// done lists what the flow told the root when it was left.
	done []kit.FlowDoneMsg
}

// startFlow opens a new reflection after an interview on j.
func startFlow(t *testing.T, j kit.Journal) *flowModel {
	t.Helper()
	ctx := uitest.NewContext(j)
	ctx.Set = prompts.AfterInterview()
	r := New(ctx, journal.Draft{Kind: journal.DraftInterview})
	m := &flowModel{reflect: &r}
	m.Host, m.d = uitest.Start(t, ctx, m.reflect)
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		if done, ok := msg.(kit.FlowDoneMsg); ok {
			m.done = append(m.done, done)
			return nil
		}
		return m.Host.Update(msg)
	}
	return m
}

// press sends keys to the flow, running what they start.
func (m *flowModel) press(keys ...tea.KeyPressMsg) { m.d.TB.Helper(); m.d.Press(keys...) }

// typeText sends each rune as a key press.
func (m *flowModel) typeText(s string) { m.d.TB.Helper(); m.d.Type(s) }

// view is what the flow and the status line show, without colours.
func (m *flowModel) view() string { return m.View() + "\n" + m.Ctx.Line.Text() }

func TestReflectNextSavesTheDraft(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
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
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
	m.typeText("Engineer")
	m.press(keyBack)
	if m.reflect.step != 0 || m.reflect.input.Text() != "Acme" {
		t.Fatalf("back: step %d input %q", m.reflect.step, m.reflect.input.Text())
	}
	m.press(keyEnter)
	if m.reflect.input.Text() != "Engineer" {
		t.Fatalf("the answer typed before going back was lost: %q", m.reflect.input.Text())
	}
}

func TestReflectSkip(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.press(keyEnter, keyEnter)
	if m.reflect.step != 2 {
		t.Fatalf("step %d", m.reflect.step)
	}
	if d := onlyDraft(t, j); d.Interview.Company != "" || d.Answered != 0 {
		t.Fatalf("skipping stored something: %+v", d)
	}
}

func TestReflectBadDateStays(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.press(keyEnter, keyEnter)
	m.typeText("x")
	m.press(keyEnter)
	if m.reflect.step != 2 || m.reflect.inputErr == "" {
		t.Fatalf("a bad date moved on: step %d err %q", m.reflect.step, m.reflect.inputErr)
	}
	if !strings.Contains(m.view(), "is not a date") {
		t.Fatal("the date error is not on screen")
	}
}

func TestReflectFinish(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
	m.typeText("Engineer")
	m.press(keyCtrlS)
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

func TestReflectSaveFailureKeepsTheAnswer(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	j.FailSaves = 1
	m.typeText("Acme")
	m.press(keyEnter)
	if m.reflect.saveErr == "" || !strings.Contains(m.view(), "not saved") {
		t.Fatal("a failed save is not shown")
	}
	// The next autosave tick saves it.
	m.d.Send(autosaveTickMsg{id: m.reflect.tickID})
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("the answer was not saved on retry: %+v", d)
	}
	if m.reflect.saveErr != "" {
		t.Fatal("the error stayed after a successful save")
	}
}

func TestReflectAutosaveWhileTyping(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme Corp")
	if j.Saves != 0 {
		t.Fatalf("saved %d times on keystrokes; saving belongs to the tick", j.Saves)
	}
	m.d.Send(autosaveTickMsg{id: m.reflect.tickID})
	if d := onlyDraft(t, j); d.Interview.Company != "Acme Corp" {
		t.Fatalf("the tick did not save what was typed: %+v", d)
	}
}

func TestReflectCurveballs(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	for m.reflect.prompt().Kind != journal.KindCurveballs {
		m.press(keyEnter)
	}
	for _, s := range []string{"Salary?", "I froze", "A range", "salary, money"} {
		m.typeText(s)
		m.press(keyEnter)
	}
	m.typeText("Why us?")
	m.press(keyEnter, keyEnter, keyEnter, keyEnter)
	m.press(keyEnter) // empty question: done
	if m.reflect.prompt().Kind == journal.KindCurveballs {
		t.Fatal("an empty question did not end the curveballs")
	}
	cbs := onlyDraft(t, j).Interview.Curveballs
	if len(cbs) != 2 || cbs[0].BetterAnswer != "A range" || len(cbs[0].Tags) != 2 || cbs[1].Question != "Why us?" {
		t.Fatalf("curveballs %+v", cbs)
	}
	m.press(keyBack)
	if m.reflect.sub != 2*len(kit.CurveballParts) {
		t.Fatalf("back landed at %d", m.reflect.sub)
	}
	m.press(keyBack)
	if m.reflect.input.Text() != "" || m.reflect.sub != len(kit.CurveballParts)+3 {
		t.Fatalf("back to the tags of the second curveball: sub %d", m.reflect.sub)
	}
}

func TestReflectListAndRating(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	for m.reflect.prompt().ID != "mood_before" {
		m.press(keyEnter)
	}
	m.press(tea.KeyPressMsg{Code: '4', Text: "4"})
	m.press(keyEnter)
	m.typeText("the caching story")
	m.press(keyCtrlJ)
	m.typeText("rapport")
	m.press(keyEnter)
	iv := onlyDraft(t, j).Interview
	if iv.MoodBefore != 4 || len(iv.WentWell) != 2 || iv.WentWell[1] != "rapport" {
		t.Fatalf("mood %d went well %q", iv.MoodBefore, iv.WentWell)
	}
}

// TestSummaryKeys: on the summary after a save, esc goes home and never
// quits (q and ctrl+c quit), ? shows the summary's keys, and enter opens
// the selected next step.
func TestSummaryKeys(t *testing.T) {
	finished := func() *flowModel {
		m := startFlow(t, newFakeJournal())
		m.typeText("Acme")
		m.press(keyEnter)
		m.typeText("Engineer")
		m.press(keyCtrlS)
		if m.reflect.saved == nil {
			t.Fatal("ctrl+s did not finish")
		}
		return m
	}
	m := finished()
	m.press(tea.KeyPressMsg{Code: tea.KeyEscape})
	if len(m.done) != 1 || m.done[0].Quit {
		t.Fatalf("esc on the summary: %+v, want home", m.done)
	}
	m = finished()
	m.press(tea.KeyPressMsg{Code: '?', Text: "?"})
	if !m.reflect.showHelp || !strings.Contains(m.view(), "open its message") || len(m.done) != 0 {
		t.Fatalf("? on the summary shows:\n%s", m.view())
	}
	m.press(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if len(m.done) != 1 || !m.done[0].Quit {
		t.Fatalf("q on the summary: %+v, want quit", m.done)
	}
}

// TestLeavingABlankReflectionKeepsNoDraft: a new reflection left with
// nothing answered, at once or after skipping prompts, leaves no draft
// behind; one with an answer is kept to resume.
func TestLeavingABlankReflectionKeepsNoDraft(t *testing.T) {
	keyEsc := tea.KeyPressMsg{Code: tea.KeyEscape}
	for _, keys := range [][]tea.KeyPressMsg{{keyEsc}, {keyEnter, keyEnter, keyEsc}} {
		j := newFakeJournal()
		m := startFlow(t, j)
		m.press(keys...)
		if ds, _ := j.Drafts(); len(ds) != 0 || len(m.done) != 1 || m.done[0].Quit {
			t.Fatalf("after %d keys: drafts %d, done %+v", len(keys), len(ds), m.done)
		}
	}
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEsc)
	if d := onlyDraft(t, j); d.Interview.Company != "Acme" {
		t.Fatalf("the paused draft holds %+v", d.Interview)
	}
}
