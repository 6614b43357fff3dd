package flow

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// fakeJournal is the in-memory journal of screen tests (see
// uitest.FakeJournal).
type fakeJournal = uitest.FakeJournal

func newFakeJournal() *fakeJournal { return uitest.NewFakeJournal() }

// fixedNow is the clock of screen tests.
var fixedNow = uitest.Now()

var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyBack  = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	keyCtrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	keyCtrlJ = tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}
	keyCtrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
)

// onlyDraft returns the one draft the journal holds.
func onlyDraft(t *testing.T, j *fakeJournal) journal.Draft {
	t.Helper()
	ds, _ := j.Drafts()
	if len(ds) != 1 {
		t.Fatalf("%d drafts, want 1", len(ds))
	}
	return ds[0]
}
