package followups

import (
	"errors"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// nameAsking records what the app did with the question for the name.
type nameAsking struct {
	saved []string // the names SaveName was given
	asked int      // how often NameAsked was called
	fail  error    // what SaveName returns
}

// fuAskingModel opens the follow-ups of j with no name set, with SaveName
// and NameAsked recording into a.
func fuAskingModel(t *testing.T, j *uitest.FakeJournal, a *nameAsking) *model {
	t.Helper()
	m := fuOpenFollowUps(t, j)
	m.sh.SaveName = func(name string) error {
		a.saved = append(a.saved, name)
		return a.fail
	}
	m.sh.NameAsked = func() error { a.asked++; return nil }
	return m
}

func TestAgendaAskName(t *testing.T) {
	t.Run("SavedAndSigned", func(t *testing.T) {
		a := &nameAsking{}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		press(t, m, keyEnter)
		p := fuAgendaPage(m)
		if !p.message.asking {
			t.Fatal("a draft opened without a name did not ask for one")
		}
		s := fuScreen(m)
		if !strings.Contains(s, "Sign your messages as:") || strings.Contains(s, "config set name") {
			t.Fatalf("the question is not in place of the hint:\n%s", s)
		}
		if !strings.Contains(s, "enter sign with this name") || !strings.Contains(s, "esc not now") {
			t.Fatalf("the keys of the question are not shown:\n%s", s)
		}
		typeText(t, m, "  Ada Lovelace ")
		cmd := m.Update(keyEnter)
		if len(a.saved) != 0 {
			t.Fatal("the name was saved inside Update, not in a command")
		}
		run(t, m, cmd)
		if len(a.saved) != 1 || a.saved[0] != "Ada Lovelace" {
			t.Fatalf("SaveName got %q", a.saved)
		}
		if m.sh.Sender.Name != "Ada Lovelace" || p.message.asking || a.asked != 1 {
			t.Fatalf("after saving: sender %q, asking %v, recorded %d times", m.sh.Sender.Name, p.message.asking, a.asked)
		}
		if !strings.HasSuffix(p.message.text, "Best regards,\nAda Lovelace") {
			t.Fatalf("the draft is not signed with the name: %q", p.message.text)
		}
		if s := fuScreen(m); strings.Contains(s, journal.PlaceholderName) || strings.Contains(s, "config set name") || !strings.Contains(s, "Saved your name") {
			t.Fatalf("the screen after saving:\n%s", s)
		}
	})
	t.Run("AsksOnce", func(t *testing.T) {
		a := &nameAsking{}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		press(t, m, keyEnter, keyEsc)
		p := fuAgendaPage(m)
		if p.message.asking || a.asked != 1 || len(a.saved) != 0 {
			t.Fatalf("esc: asking %v, recorded %d times, saved %q", p.message.asking, a.asked, a.saved)
		}
		// Skipped: the placeholder and the hint stay.
		if s := fuScreen(m); !strings.Contains(s, journal.PlaceholderName) || !strings.Contains(s, "config set name") {
			t.Fatalf("the hint is gone after skipping:\n%s", s)
		}
		// Neither this draft again nor another one asks.
		press(t, m, keyEsc, keyEnter)
		if p.message.asking {
			t.Fatal("the same draft asked again")
		}
		press(t, m, keyEsc, keyDown, keyEnter)
		if p.message.asking || a.asked != 1 {
			t.Fatalf("another draft asked again (recorded %d times)", a.asked)
		}
	})
	t.Run("AskedBefore", func(t *testing.T) {
		m := fuOpenFollowUps(t, fuJournal(t, fuPending("Acme", 2)))
		m.sh.SaveName = func(string) error { t.Fatal("saved a name"); return nil }
		press(t, m, keyEnter)
		if fuAgendaPage(m).message.asking || !strings.Contains(fuScreen(m), "config set name") {
			t.Fatalf("asked although asked in an earlier run:\n%s", fuScreen(m))
		}
	})
	t.Run("NameSet", func(t *testing.T) {
		a := &nameAsking{}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		m.sh.Sender.Name = "Ada Lovelace"
		press(t, m, keyEnter)
		if fuAgendaPage(m).message.asking || a.asked != 0 {
			t.Fatal("asked for a name that is set")
		}
	})
	t.Run("Empty", func(t *testing.T) {
		a := &nameAsking{}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		press(t, m, keyEnter)
		typeText(t, m, "   ")
		press(t, m, keyEnter)
		if len(a.saved) != 0 || !fuAgendaPage(m).message.asking || !strings.Contains(fuScreen(m), "Type your name") {
			t.Fatalf("an empty name: saved %q\n%s", a.saved, fuScreen(m))
		}
	})
	t.Run("SaveFails", func(t *testing.T) {
		a := &nameAsking{fail: journal.Errorf(journal.EInvalid, "the name is at most 70 characters. Nothing was changed.")}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		press(t, m, keyEnter)
		typeText(t, m, "Ada")
		press(t, m, keyEnter)
		p := fuAgendaPage(m)
		s := fuScreen(m)
		if !strings.Contains(s, "Your name was not saved: the name is at most 70 characters.") {
			t.Fatalf("the failure is not in the status line:\n%s", s)
		}
		if m.sh.Sender.Name != "" || !strings.HasSuffix(p.message.text, journal.PlaceholderName) || a.asked != 0 {
			t.Fatalf("after a failure: sender %q, recorded %d times, draft %q", m.sh.Sender.Name, a.asked, p.message.text)
		}
		// The question stays open to put right or skip.
		if !p.message.asking {
			t.Fatal("the question closed on a failure")
		}
		press(t, m, keyEsc)
		if p.message.asking || a.asked != 1 || !strings.Contains(fuScreen(m), "config set name") {
			t.Fatalf("esc after a failure:\n%s", fuScreen(m))
		}
	})
	t.Run("RecordFails", func(t *testing.T) {
		a := &nameAsking{}
		m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 2)), a)
		m.sh.NameAsked = func() error {
			return &journal.Error{Code: journal.EInternal, Message: "Cannot write /state/asked-for-name: permission denied.", Err: errors.New("eacces")}
		}
		press(t, m, keyEnter, keyEsc)
		if s := fuScreen(m); !strings.Contains(s, "Cannot write /state/asked-for-name") {
			t.Fatalf("a failure to record the question is not shown:\n%s", s)
		}
	})
}
