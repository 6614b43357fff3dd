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
	if m.screen != kit.ScreenReflect || m.reflect.Text() != "Acme" {
		t.Fatalf("resume: screen %v input %q", m.screen, m.reflect.Text())
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

func TestReflectResumeOfferOnNew(t *testing.T) {
	j := newFakeJournal()
	j.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme", Role: "Engineer"}, Step: 5, Answered: 5, Total: 23})
	m := newTestModel(t, j, StartNew)
	if m.screen != kit.ScreenHome || !strings.Contains(ansi.Strip(m.View().Content), "Acme, Engineer, 5/23 answered") {
		t.Fatalf("no resume offer:\n%s", ansi.Strip(m.View().Content))
	}
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect || m.reflect.Prompt().ID != prompts.AfterInterview().Prompts[5].ID {
		t.Fatalf("resume: %v at %q", m.screen, m.reflect.Prompt().ID)
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
	for m.reflect.Prompt().ID != "lessons" {
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
