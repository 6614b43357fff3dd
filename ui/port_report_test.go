package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/applog"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// brokenJournal fails to read home's interviews with an error from below
// the journal, and to save a draft with an expected one.
type brokenJournal struct{ *fakeJournal }

var errBrokenPage = errors.New("page 7 is past the end of the file")

func (brokenJournal) RecentSummaries(int) ([]journal.Summary, int, error) {
	return nil, 0, errBrokenPage
}

func (brokenJournal) SaveDraft(*journal.Draft) error {
	return journal.Errorf(journal.EFull, "The disk is full.")
}

func (brokenJournal) KeepDraft(*journal.Draft, bool) (journal.DraftKept, error) {
	return journal.KeptInPlace, journal.Errorf(journal.EFull, "The disk is full.")
}

// testLog returns a log in a fresh home's state folder.
func testLog(t *testing.T) *applog.Log {
	home := t.TempDir()
	return &applog.Log{Path: filepath.Join(home, ".local", "state", "debrief", applog.FileName), Home: home, Command: "debrief"}
}

// TestUnexpectedErrorsAreLogged: an unexpected error of the journal is
// logged and the screen says where, in our words; an expected one is shown
// as it is and logs nothing.
func TestUnexpectedErrorsAreLogged(t *testing.T) {
	log := testLog(t)
	m := New(Options{Tick: uitest.Tick, Journal: brokenJournal{newFakeJournal()}, Report: log.Report})
	m.Update(m.home.Init()())

	screen := ansi.Strip(m.View().Content)
	want := "Something unexpected went wrong; the details are in ~/.local/state/debrief/debrief.log."
	if !strings.Contains(strings.Join(strings.Fields(screen), " "), want) {
		t.Errorf("home does not say %q:\n%s", want, screen)
	}
	if strings.Contains(screen, errBrokenPage.Error()) {
		t.Errorf("home shows Go's error:\n%s", screen)
	}
	b, err := os.ReadFile(log.Path)
	if err != nil || !strings.Contains(string(b), errBrokenPage.Error()) {
		t.Fatalf("the log holds %q (%v); want the error", b, err)
	}

	err = m.sh.Journal.SaveDraft(&journal.Draft{})
	if journal.ErrorMessage(err) != "The disk is full." {
		t.Errorf("an expected error became %q", journal.ErrorMessage(err))
	}
	if after, _ := os.ReadFile(log.Path); string(after) != string(b) {
		t.Errorf("an expected error was logged:\n%s", after)
	}
}

// TestEditorFailureIsLogged: when the text cannot be written for $EDITOR,
// the failure goes through the log on its way to the screen.
func TestEditorFailureIsLogged(t *testing.T) {
	log := testLog(t)
	cause := errors.New("no room in the editor folder")
	ready := kit.EditorReadyMsg{Err: &journal.Error{Code: journal.EInternal, Message: "The text could not be written for your editor.", Err: cause}}
	done, ok := kit.RunEditor([]string{"vi"}, ready, log.Report, nil)().(kit.EditorDoneMsg)
	if !ok {
		t.Fatal("runEditor did not give the failure back")
	}
	want := "The text could not be written for your editor. The details are in ~/.local/state/debrief/debrief.log."
	if got := journal.ErrorMessage(done.Err); got != want {
		t.Errorf("the editor's failure reads %q, want %q", got, want)
	}
	if b, _ := os.ReadFile(log.Path); !strings.Contains(string(b), cause.Error()) {
		t.Errorf("the log lacks the editor's failure:\n%s", b)
	}
}
