package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

var keyCtrlC = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}

// editDraftOf returns the draft of an edit of the interview id, if any.
func editDraftOf(j *fakeJournal, id uint64) (journal.Draft, bool) {
	j.Mu.Lock()
	defer j.Mu.Unlock()
	for _, d := range j.StoredDrafts {
		if d.InterviewID == id {
			return d, true
		}
	}
	return journal.Draft{}, false
}

// typeIntoAnswer opens an interview's box for its lessons and types into
// it, before any autosave.
func typeIntoAnswer(t *testing.T, j *fakeJournal, words string) (*Model, uint64) {
	t.Helper()
	m, d := openDetail(t, j, 1)
	pick(t, m, "Next time")
	press(t, m, keyCtrlJ)
	typeText(t, m, words)
	return m, d.ID()
}

// TestCtrlCKeepsAChangedAnswer quits with ctrl+c while an answer is being
// changed: the app ends once the words are in the edit's draft, which home
// offers on the next start.
func TestCtrlCKeepsAChangedAnswer(t *testing.T) {
	j := demoJournal(t, 5)
	m, id := typeIntoAnswer(t, j, "Bring the latency numbers")
	d := drive(t, m)
	_, cmd := m.Update(keyCtrlC)
	d.Run(cmd)
	if !d.Quit {
		t.Fatal("ctrl+c in the box did not quit")
	}
	got, ok := editDraftOf(j, id)
	if !ok || !strings.HasSuffix(strings.Join(got.Interview.Lessons, "\n"), "Bring the latency numbers") {
		t.Fatalf("the words typed are not kept: %+v", got)
	}
	next, iv := newTestModel(t, j, StartHome), j.Stored[id]
	if s := screenText(next); !strings.Contains(s, "Changes to "+iv.Title()+", not saved yet") {
		t.Fatalf("home does not offer the kept change:\n%s", s)
	}
}

// TestSignalKeepsAChangedAnswer ends the app with a signal while an answer
// is being changed: as ctrl+c, the words are kept before it ends.
func TestSignalKeepsAChangedAnswer(t *testing.T) {
	j := demoJournal(t, 5)
	m, id := typeIntoAnswer(t, j, "Ask about on-call")
	d := drive(t, m)
	d.Run(func() tea.Msg { return signalMsg{} })
	if !d.Quit {
		t.Fatal("the signal did not end the app")
	}
	if got, ok := editDraftOf(j, id); !ok || !strings.HasSuffix(strings.Join(got.Interview.Lessons, "\n"), "Ask about on-call") {
		t.Fatalf("the words typed are not kept: %+v", got)
	}
}

// TestCtrlCWhenTheWordsCannotBeKept fails the keep: the app stays and says
// so, and ctrl+c again ends it without them.
func TestCtrlCWhenTheWordsCannotBeKept(t *testing.T) {
	j := demoJournal(t, 5)
	m, _ := typeIntoAnswer(t, j, "Ask about on-call")
	j.FailSaves = 1
	d := drive(t, m)
	_, cmd := m.Update(keyCtrlC)
	d.Run(cmd)
	if d.Quit {
		t.Fatal("the app quit although the words were not kept")
	}
	if s := screenText(m); !strings.Contains(s, "Not saved") || !strings.Contains(s, "ctrl+c again quits") {
		t.Fatalf("the screen does not say the words were not kept:\n%s", s)
	}
	_, cmd = m.Update(keyCtrlC)
	d.Run(cmd)
	if !d.Quit {
		t.Fatal("ctrl+c again did not quit")
	}
	// The words are lost: the app says so as it ends, with the code of
	// why (exit 7 for a full disk).
	if err := m.Unkept(); journal.ErrorCode(err) != journal.EFull || !strings.Contains(journal.ErrorMessage(err), "was not saved") {
		t.Fatalf("the app ends without saying the words were lost: %v", err)
	}
}

// TestNothingUnkeptAfterAKeep ends the app with ctrl+c once the words were
// kept: nothing is reported lost.
func TestNothingUnkeptAfterAKeep(t *testing.T) {
	j := demoJournal(t, 5)
	m, _ := typeIntoAnswer(t, j, "Ask about on-call")
	d := drive(t, m)
	_, cmd := m.Update(keyCtrlC)
	d.Run(cmd)
	if !d.Quit || m.Unkept() != nil {
		t.Fatalf("quit %v, unkept %v", d.Quit, m.Unkept())
	}
}

// TestKeptAnswerToAnOldPromptIsSavedFromHome keeps a change to an answer
// the prompts no longer ask for (ctrl+c in its box), then resumes it from
// home on the next start and saves it: the answer is saved although the
// guided flow has no step for it.
func TestKeptAnswerToAnOldPromptIsSavedFromHome(t *testing.T) {
	s, m, id := editMergeStore(t)
	if _, err := s.ChangeInterview(id, func(iv *journal.Interview) error {
		iv.SetAnswer("gut_feeling", "Gut feeling", "Fine")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	openFirst(t, m)
	pick(t, m, "Gut feeling")
	typeText(t, m, ", then worried")
	d := drive(t, m)
	_, cmd := m.Update(keyCtrlC)
	d.Run(cmd)
	if !d.Quit {
		t.Fatal("ctrl+c in the box did not quit")
	}

	next := New(Options{Tick: uitest.Tick, Journal: s, Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" }})
	next.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, next, next.Init())
	if !strings.Contains(browseScreen(next), "Changes to Acme, Engineer, not saved yet") {
		t.Fatalf("home does not offer the kept change:\n%s", browseScreen(next))
	}
	press(t, next, keyR, keyCtrlS)
	got, err := s.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	if v := got.AnswerFor("gut_feeling"); v != "Fine, then worried" {
		t.Fatalf("the old prompt's answer is %q after saving the kept change", v)
	}
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left after saving", len(ds))
	}
}
