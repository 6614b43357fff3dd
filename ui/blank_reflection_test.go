package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// newStandalone builds the app as 'debrief new' starts it, with answers
// given on the command line.
func newStandalone(t *testing.T, j *fakeJournal, prefill journal.Interview) *Model {
	t.Helper()
	m := New(Options{Tick: uitest.Tick, Journal: j, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow },
		Start: StartNew, Prefill: prefill, Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	if m.screen != kit.ScreenReflect {
		t.Fatalf("debrief new opened %v", m.screen)
	}
	return m
}

// counts returns how many interviews and drafts the journal holds.
func counts(j *fakeJournal) (int, int) {
	j.Mu.Lock()
	defer j.Mu.Unlock()
	return len(j.Stored), len(j.StoredDrafts)
}

// TestBlankReflectionKeepsNothing finishes reflections in which the user
// answered nothing: no interview is saved, the draft goes, and the screen
// says so.
func TestBlankReflectionKeepsNothing(t *testing.T) {
	t.Run("AtOnceFromHome", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		press(t, m, keyCtrlS)
		if ivs, ds := counts(j); ivs != 0 || ds != 0 {
			t.Fatalf("%d interviews and %d drafts after finishing a blank reflection", ivs, ds)
		}
		if m.screen != kit.ScreenHome || !strings.Contains(plainView(m), nothingSavedText) {
			t.Fatalf("screen %v:\n%s", m.screen, plainView(m))
		}
	})
	t.Run("AfterSteppingThrough", func(t *testing.T) {
		// Moving on saves a draft, and the date prompt fills in today: still
		// nothing the user answered.
		j := newFakeJournal()
		m := startNew(t, j)
		press(t, m, keyEnter, keyEnter, keyEnter, keyEnter)
		if _, ds := counts(j); ds != 1 {
			t.Fatalf("%d drafts after moving on", ds)
		}
		press(t, m, keyCtrlS)
		if ivs, ds := counts(j); ivs != 0 || ds != 0 {
			t.Fatalf("%d interviews and %d drafts after finishing a blank reflection", ivs, ds)
		}
		if !strings.Contains(plainView(m), nothingSavedText) {
			t.Fatalf("the screen does not say nothing was saved:\n%s", plainView(m))
		}
	})
	t.Run("AnsweredThenErased", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		typeText(t, m, "Acme")
		press(t, m, keyEnter, keyBack)
		for range 4 {
			press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
		}
		press(t, m, keyCtrlS)
		if ivs, ds := counts(j); ivs != 0 || ds != 0 {
			t.Fatalf("%d interviews and %d drafts", ivs, ds)
		}
	})
	t.Run("DebriefNew", func(t *testing.T) {
		j := newFakeJournal()
		m := newStandalone(t, j, journal.Interview{})
		press(t, m, keyCtrlS)
		if ivs, ds := counts(j); ivs != 0 || ds != 0 {
			t.Fatalf("%d interviews and %d drafts", ivs, ds)
		}
		if m.quit || !strings.Contains(plainView(m), nothingSavedText) {
			t.Fatalf("the app closed before saying nothing was saved (quit %v):\n%s", m.quit, plainView(m))
		}
		press(t, m, letter('q'))
		if !m.quit {
			t.Fatal("q did not close the app")
		}
	})
	t.Run("CompanyGivenOnTheCommandLine", func(t *testing.T) {
		// The user gave the company: it is an interview worth keeping.
		j := newFakeJournal()
		m := newStandalone(t, j, journal.Interview{Company: "Acme"})
		press(t, m, keyCtrlS)
		if ivs, _ := counts(j); ivs != 1 || m.reflect.saved == nil {
			t.Fatalf("%d interviews after finishing with a company:\n%s", ivs, plainView(m))
		}
	})
	t.Run("OneRating", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		for m.reflect.prompt().Kind != journal.KindRating {
			press(t, m, keyEnter)
		}
		typeText(t, m, "4")
		press(t, m, keyCtrlS)
		if ivs, _ := counts(j); ivs != 1 {
			t.Fatalf("%d interviews after a rating was given", ivs)
		}
	})
}

// TestFutureInterviewDateAsks checks that an interview dated after today
// (the app's clock) is kept only once the user confirms the date.
func TestFutureInterviewDateAsks(t *testing.T) {
	future := journal.DateOf(fixedNow).AddDays(30)
	t.Run("TypedAtTheDatePrompt", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		typeText(t, m, "Acme")
		for m.reflect.field() != "date" {
			press(t, m, keyEnter)
		}
		press(t, m, keyCtrlU)
		typeText(t, m, future.String())
		press(t, m, keyEnter)
		if m.reflect.field() != "date" || !strings.Contains(joinedView(m), "is after today") {
			t.Fatalf("a date after today was taken without a question:\n%s", plainView(m))
		}
		press(t, m, keyEnter)
		if m.reflect.field() == "date" {
			t.Fatalf("enter again did not keep the date:\n%s", plainView(m))
		}
		// Confirmed once is enough.
		press(t, m, keyCtrlS)
		if m.reflect.saved == nil || m.reflect.saved.Date.Compare(future) != 0 {
			t.Fatalf("the confirmed date was not saved:\n%s", plainView(m))
		}
	})
	t.Run("ChangedAfterTheQuestion", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		for m.reflect.field() != "date" {
			press(t, m, keyEnter)
		}
		press(t, m, keyCtrlU)
		typeText(t, m, future.String())
		press(t, m, keyEnter)
		press(t, m, keyCtrlU)
		typeText(t, m, "2026-03-13")
		if strings.Contains(joinedView(m), "is after today") {
			t.Fatal("the question stayed after the date changed")
		}
		press(t, m, keyEnter)
		if m.reflect.field() == "date" {
			t.Fatalf("a past date was held back:\n%s", plainView(m))
		}
	})
	t.Run("GivenOnTheCommandLine", func(t *testing.T) {
		j := newFakeJournal()
		m := newStandalone(t, j, journal.Interview{Company: "Acme", Date: future})
		press(t, m, keyCtrlS)
		if ivs, _ := counts(j); ivs != 0 || !strings.Contains(joinedView(m), "The interview date, "+future.String()+", is after today") {
			t.Fatalf("%d interviews; the date was not questioned:\n%s", ivs, plainView(m))
		}
		press(t, m, keyCtrlS)
		if ivs, _ := counts(j); ivs != 1 || m.reflect.saved == nil {
			t.Fatalf("ctrl+s again did not save: %d interviews\n%s", ivs, plainView(m))
		}
	})
	t.Run("OnTheInterviewPage", func(t *testing.T) {
		j := demoJournal(t, 3)
		m, d := openDetail(t, j, 0)
		pick(t, m, d, "Date")
		press(t, m, keyCtrlU)
		typeText(t, m, future.String())
		press(t, m, keyEnter)
		if d.mode != detailEditing || !strings.Contains(joinedView(m), "is after today") || j.Stored[d.id].Date.Compare(future) == 0 {
			t.Fatalf("a date after today was saved without a question:\n%s", plainView(m))
		}
		press(t, m, keyEnter)
		if got := j.Stored[d.id].Date; got.Compare(future) != 0 {
			t.Fatalf("enter again did not keep the date: %s\n%s", got, plainView(m))
		}
	})
	t.Run("Today", func(t *testing.T) {
		j := newFakeJournal()
		m := newStandalone(t, j, journal.Interview{Company: "Acme", Date: journal.DateOf(fixedNow)})
		press(t, m, keyCtrlS)
		if m.reflect.saved == nil {
			t.Fatalf("today's date was questioned:\n%s", plainView(m))
		}
	})
}
