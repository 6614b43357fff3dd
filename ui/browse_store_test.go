package ui

import (
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// TestEditsWithTheStore edits a saved interview through the guided flow and
// one answer at a time on a real journal: it stays one interview, and its
// updated_at moves with each save.
func TestEditsWithTheStore(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	clock := fixedNow
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10), Lessons: []string{"Breathe"}}
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Tick: uitest.Tick, Journal: s, Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	press(t, m, keyL, keyEnter)
	if m.screen != kit.ScreenDetail {
		t.Fatalf("screen %v", m.screen)
	}

	stamp := func() time.Time {
		t.Helper()
		got, err := s.Interview(iv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := s.CountInterviews(); n != 1 {
			t.Fatalf("%d interviews after an edit", n)
		}
		return got.UpdatedAt
	}
	before := stamp()

	press(t, m, letter('E'))
	m.reflect.input.SetText("Acme Labs")
	m.reflect.dirty = true
	press(t, m, keyCtrlS)
	afterFlow := stamp()
	if !afterFlow.After(before) {
		t.Fatalf("the flow's save left updated_at at %s", afterFlow)
	}
	if got, _ := s.Interview(iv.ID); got.Company != "Acme Labs" || got.Lessons[0] != "Breathe" {
		t.Fatalf("after the flow: %+v", got)
	}
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left", len(ds))
	}

	d := m.page.(*detailPage)
	pick(t, m, d, "Tags")
	typeText(t, m, "remote")
	press(t, m, keyEnter)
	if afterAnswer := stamp(); !afterAnswer.After(afterFlow) {
		t.Fatalf("saving one answer left updated_at at %s", afterAnswer)
	}
	if got, _ := s.Interview(iv.ID); len(got.Tags) != 1 || got.Tags[0] != "remote" {
		t.Fatalf("tags %q", got.Tags)
	}
}
