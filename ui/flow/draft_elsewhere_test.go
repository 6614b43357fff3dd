package flow

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// takeOver plays another debrief that opened the draft with the given ID
// (this one was thought gone) and wrote into it.
func takeOver(j *fakeJournal, id uint64, role string) {
	j.Mu.Lock()
	defer j.Mu.Unlock()
	d := j.StoredDrafts[id]
	d.Holder = uitest.OtherHolder(2)
	d.Interview.Role = role
	j.StoredDrafts[id] = d
}

// TestDraftTakenOverElsewhere: once another debrief has taken the draft
// over, what is typed here goes to a new draft, never over the other's
// words, and the screen says so; finishing says the other is still open.
func TestDraftTakenOverElsewhere(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
	first := onlyDraft(t, j)
	if first.Holder == nil || first.Holder.PID != uitest.FakePID {
		t.Fatalf("the flow's draft is not held by it: %+v", first.Holder)
	}
	takeOver(j, first.ID, "typed in the other window")

	m.typeText("Backend engineer")
	m.press(keyEnter)
	ds, _ := j.Drafts()
	if len(ds) != 2 {
		t.Fatalf("%d drafts, want the other's and a copy of this one's", len(ds))
	}
	if got := j.StoredDrafts[first.ID].Interview.Role; got != "typed in the other window" {
		t.Fatalf("the other window's draft now holds %q", got)
	}
	copyID := m.reflect.Draft().ID
	if copyID == first.ID || j.StoredDrafts[copyID].Interview.Role != "Backend engineer" {
		t.Fatalf("the copy %d holds %+v", copyID, j.StoredDrafts[copyID].Interview)
	}
	if v := m.view(); !strings.Contains(strings.Join(strings.Fields(v), " "), "now kept as a separate draft") {
		t.Fatalf("the screen does not say where the words go:\n%s", v)
	}

	m.press(keyCtrlS)
	if m.reflect.Saved() == nil {
		t.Fatalf("not saved:\n%s", m.view())
	}
	if _, ok := j.StoredDrafts[first.ID]; !ok {
		t.Fatal("finishing deleted the draft open in the other window")
	}
	if _, ok := j.StoredDrafts[copyID]; ok {
		t.Fatal("the copy stayed after finishing")
	}
	if v := m.view(); !strings.Contains(strings.Join(strings.Fields(v), " "), "still open as a draft in another debrief window") {
		t.Fatalf("the saved reflection does not say the other is still open:\n%s", v)
	}
}

// TestDraftFinishedElsewhere: a reflection finished in another window too
// is saved here and says a second copy may be in the list.
func TestDraftFinishedElsewhere(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
	d := onlyDraft(t, j)
	j.Mu.Lock()
	delete(j.StoredDrafts, d.ID)
	j.Mu.Unlock()

	m.press(keyCtrlS)
	if m.reflect.Saved() == nil {
		t.Fatalf("not saved:\n%s", m.view())
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Fatalf("drafts left: %+v", ds)
	}
	if v := m.view(); !strings.Contains(v, "had also been saved from another window: check the list for a second copy") {
		t.Fatalf("the saved reflection does not say it was saved elsewhere too:\n%s", v)
	}
}

// TestPauseGivesTheDraftBack: esc keeps the draft and lets another debrief
// open it.
func TestPauseGivesTheDraftBack(t *testing.T) {
	j := newFakeJournal()
	m := startFlow(t, j)
	m.typeText("Acme")
	m.press(keyEnter)
	m.typeText("Backend engineer")
	m.press(tea.KeyPressMsg{Code: tea.KeyEscape})
	d := onlyDraft(t, j)
	if d.Holder != nil || d.Interview.Role != "Backend engineer" {
		t.Fatalf("paused draft: holder %+v, role %q", d.Holder, d.Interview.Role)
	}
	if len(m.done) != 1 || !m.done[0].Paused {
		t.Fatalf("the flow did not pause: %+v", m.done)
	}
}
