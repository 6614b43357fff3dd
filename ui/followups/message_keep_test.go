package followups

import (
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// fuEditing opens the thank-you note of a signed journal and its box.
func fuEditing(t *testing.T) *model {
	t.Helper()
	m := fuSigned(t)
	press(t, m, keyEnter)
	press(t, m, fuKey("e"))
	return m
}

// fuThankYou is the user's record of the thank-you note, or nil.
func fuThankYou(t *testing.T, m *model) *journal.FollowUp {
	t.Helper()
	j, ok := m.sh.Journal.(*failingJournal)
	if ok {
		return fuRecord(t, j.FakeJournal, 1, "thank_you")
	}
	return fuRecord(t, fuJournalOf(m), 1, "thank_you")
}

// fuKeep asks the page to keep what is typed, as the root does before the
// app ends, and carries what that starts through the page until the page
// answers kit.KeptMsg, which it returns. ok is false when the page had
// nothing to keep.
func fuKeep(t *testing.T, m *model) (kept kit.KeptMsg, ok bool) {
	t.Helper()
	cmd := fuAgendaPage(m).KeepTyped()
	if cmd == nil {
		return kit.KeptMsg{}, false
	}
	for range 10 {
		var next []tea.Cmd
		for _, msg := range uitest.Messages(t, cmd) {
			if k, ok := msg.(kit.KeptMsg); ok {
				return k, true
			}
			next = append(next, m.Update(msg))
		}
		cmd = tea.Batch(next...)
	}
	t.Fatal("the page never answered that what was typed was kept")
	return kit.KeptMsg{}, false
}

func TestMessageAutosavesWhileTyping(t *testing.T) {
	m := fuEditing(t)
	p := fuAgendaPage(m)
	typeText(t, m, "P.S. see you soon")
	if r := fuThankYou(t, m); r != nil {
		t.Fatalf("saved before its time came: %+v", r)
	}
	col := p.message.area.Column()
	m.d.Fire()
	r := fuThankYou(t, m)
	if r == nil || !strings.HasSuffix(r.Message, "Ada LovelaceP.S. see you soon") || r.Status != journal.FollowUpOpen {
		t.Fatalf("what was typed was not saved as it was typed: %+v", r)
	}
	if !p.message.editing || p.message.area.Column() != col || !strings.HasSuffix(p.message.area.Value(), "see you soon") {
		t.Fatalf("the save moved the user out of the box (editing %v, column %d, was %d)", p.message.editing, p.message.area.Column(), col)
	}
	if s := m.Ctx.Line.Text(); s != "" {
		t.Fatalf("a save while typing spoke up: %q", s)
	}
	if s := fuScreen(m); !strings.Contains(s, "edited · 1/thank_you") {
		t.Fatalf("the page does not say the message is edited now:\n%s", s)
	}
	// Typing goes on where it was, and esc still says the edit is kept.
	typeText(t, m, "!")
	press(t, m, keyEsc)
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "see you soon!") {
		t.Fatalf("esc after a save while typing kept %+v", r)
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Saved your edit") {
		t.Fatalf("esc did not say the edit was saved: %q", s)
	}
	m.d.Fire() // the tick of the last change, after esc: nothing more
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Saved your edit") {
		t.Fatalf("a late tick changed the status line: %q", s)
	}
}

func TestMessageKeepTypedKeepsTheLatest(t *testing.T) {
	m := fuEditing(t)
	typeText(t, m, "P.S. one")
	m.d.Fire()
	typeText(t, m, " and two")
	kept, ok := fuKeep(t, m)
	if !ok || kept.Err != nil {
		t.Fatalf("keeping answered %v, %v", kept, ok)
	}
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. one and two") {
		t.Fatalf("the last words typed were not kept: %+v", r)
	}
	if !fuAgendaPage(m).message.editing {
		t.Fatal("keeping closed the box")
	}
	// Kept already: nothing more to keep.
	if _, ok := fuKeep(t, m); ok {
		t.Fatal("words kept already were kept again")
	}
}

func TestMessageKeepTypedNothingToKeep(t *testing.T) {
	m := fuSigned(t)
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("the list has something to keep")
	}
	press(t, m, keyEnter)
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("a message read has something to keep")
	}
	press(t, m, fuKey("e"))
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("a box opened and left as it was has something to keep")
	}
	typeText(t, m, "x")
	press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("a box typed in and put back as it was has something to keep")
	}
	typeText(t, m, "P.S.")
	m.d.Fire()
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("words saved while typing are kept again")
	}
	// A skip reason is let go: it means nothing until enter.
	press(t, m, keyEsc, keyEsc, fuKey("x"))
	typeText(t, m, "not for me")
	if p := fuAgendaPage(m); p.mode != agendaSkipping || p.input.Value() != "not for me" {
		t.Fatalf("no skip reason typed (mode %v, %q)", p.mode, p.input.Value())
	}
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("a skip reason is kept")
	}
}

// TestMessageKeepWaitsForTheSaveOnItsWay holds a save on its way while
// the user types on and the app ends.
func TestMessageKeepWaitsForTheSaveOnItsWay(t *testing.T) {
	m := fuEditing(t)
	p := fuAgendaPage(m)
	var onItsWay tea.Cmd
	update := m.d.Update
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		cmd := update(msg)
		if _, ok := msg.(kit.AutosaveMsg); ok && onItsWay == nil {
			onItsWay, cmd = cmd, nil
		}
		return cmd
	}
	typeText(t, m, "P.S. one")
	m.d.Fire()
	if onItsWay == nil {
		t.Fatal("no save after the tick")
	}
	typeText(t, m, " and two")
	m.d.Fire()
	if r := fuThankYou(t, m); r != nil {
		t.Fatalf("a second save started while one was on its way: %+v", r)
	}
	keep := p.KeepTyped()
	if keep == nil {
		t.Fatal("nothing to keep while a save is on its way")
	}
	if msgs := uitest.Messages(t, keep); len(msgs) != 0 {
		t.Fatalf("the keep answered before the save on its way returned: %v", msgs)
	}
	saved := uitest.Messages(t, onItsWay)
	if r := fuThankYou(t, m); len(saved) != 1 || r == nil || !strings.HasSuffix(r.Message, "P.S. one") {
		t.Fatalf("the save on its way returned %v and kept %+v", saved, r)
	}
	var kept *kit.KeptMsg
	cmd := update(saved[0])
	for range 5 {
		var next []tea.Cmd
		for _, msg := range uitest.Messages(t, cmd) {
			if k, ok := msg.(kit.KeptMsg); ok {
				kept = &k
			}
			next = append(next, update(msg))
		}
		cmd = tea.Batch(next...)
	}
	if kept == nil || kept.Err != nil {
		t.Fatalf("the page answered %v", kept)
	}
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. one and two") {
		t.Fatalf("the last words typed were not kept: %+v", r)
	}
}

// failingJournal fails the next changes of an interview.
type failingJournal struct {
	*uitest.FakeJournal
	mu   sync.Mutex
	fail int
}

func (f *failingJournal) ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	f.mu.Lock()
	failing := f.fail > 0
	if failing {
		f.fail--
	}
	f.mu.Unlock()
	if failing {
		return nil, &journal.Error{Code: journal.EFull, Message: "The disk is full."}
	}
	return f.FakeJournal.ChangeInterview(id, change)
}

func (f *failingJournal) failNext(n int) { f.mu.Lock(); f.fail = n; f.mu.Unlock() }

func TestMessageAutosaveFailureSaidOnce(t *testing.T) {
	fj := &failingJournal{FakeJournal: fuJournal(t, fuPending("Acme", 2))}
	m := fuOpen(t, fj.FakeJournal, func(ctx *kit.Context) {
		ctx.Sender = journal.Sender{Name: "Ada Lovelace"}
		ctx.Journal = fj
	})
	press(t, m, keyEnter, fuKey("e"))
	fj.failNext(2)
	typeText(t, m, "P.S.")
	m.d.Fire()
	said := m.Ctx.Line.Text()
	if !strings.Contains(said, "not saved yet") || !strings.Contains(said, "The disk is full.") {
		t.Fatalf("a failed save while typing was not said: %q", said)
	}
	m.Ctx.Line.Clear()
	typeText(t, m, " one")
	m.d.Fire()
	if s := m.Ctx.Line.Text(); s != "" {
		t.Fatalf("the same failure was said again: %q", s)
	}
	if r := fuThankYou(t, m); r != nil {
		t.Fatalf("a failed save stored %+v", r)
	}
	// The next change tries again, and says the edit is saved now.
	typeText(t, m, " two")
	m.d.Fire()
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. one two") {
		t.Fatalf("the next change did not save: %+v", r)
	}
	if s := m.Ctx.Line.Text(); s != "Your edit is saved now." {
		t.Fatalf("the status line after the save that worked: %q", s)
	}
	// A keep that fails answers the error, for the root to say.
	typeText(t, m, " three")
	fj.failNext(1)
	kept, ok := fuKeep(t, m)
	if !ok || kept.Err == nil {
		t.Fatalf("a failed keep answered %v, %v", kept, ok)
	}
	if kept, ok := fuKeep(t, m); !ok || kept.Err != nil {
		t.Fatalf("keeping again answered %v, %v", kept, ok)
	}
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "two three") {
		t.Fatalf("keeping again did not save: %+v", r)
	}
}

// TestMessageAutosaveLeavesAnotherTerminalsMark: the follow-up marked done
// in another terminal while its message is typed stays done.
func TestMessageAutosaveLeavesAnotherTerminalsMark(t *testing.T) {
	m := fuEditing(t)
	j := fuJournalOf(m)
	if _, err := j.ChangeInterview(1, func(iv *journal.Interview) error {
		return iv.MarkFollowUp("thank_you", journal.FollowUpDone, fuToday, journal.Date{}, "")
	}); err != nil {
		t.Fatal(err)
	}
	typeText(t, m, "P.S.")
	m.d.Fire()
	if r := fuThankYou(t, m); r == nil || r.Status != journal.FollowUpDone || !strings.HasSuffix(r.Message, "P.S.") {
		t.Fatalf("the save while typing undid another terminal's mark: %+v", r)
	}
}

// TestMessageOfAClosedViewGoesNowhere: what a message closed meanwhile
// asked for never lands in the one open now.
func TestMessageOfAClosedViewGoesNowhere(t *testing.T) {
	m := fuOpen(t, fuJournal(t, fuPending("Acme", 2), fuPending("Bolt", 3)), func(ctx *kit.Context) {
		ctx.Sender = journal.Sender{Name: "Ada Lovelace"}
	})
	p := fuAgendaPage(m)
	press(t, m, keyEnter)
	first := p.message
	press(t, m, keyEsc, keyDown, keyEnter)
	if p.message == first || p.message == nil {
		t.Fatal("the second message did not open")
	}
	text := p.message.text
	m.Update(messageLoadedMsg{from: first, text: "Not this one"})
	if p.message.text != text {
		t.Fatalf("the draft of a closed message replaced the open one: %q", p.message.text)
	}
}

func TestMessagePasteIsKept(t *testing.T) {
	m := fuEditing(t)
	m.d.Send(tea.PasteMsg{Content: "P.S. pasted \u202ein"})
	v := fuAgendaPage(m).message
	if !strings.HasSuffix(v.area.Value(), "P.S. pasted in") {
		t.Fatalf("the paste did not reach the box, cleaned: %q", v.area.Value())
	}
	m.d.Fire()
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. pasted in") {
		t.Fatalf("the paste was not saved as it was typed: %+v", r)
	}
}

func TestMessagePasteCutToTheLimit(t *testing.T) {
	m := fuEditing(t)
	v := fuAgendaPage(m).message
	m.d.Send(tea.PasteMsg{Content: strings.Repeat("too long\n", journal.MaxTextBytes/9+1)})
	if n := len(v.area.Value()); n > journal.MaxTextBytes {
		t.Fatalf("the box holds %d bytes, more than a message keeps", n)
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "the rest of the paste was left out") {
		t.Fatalf("no word of the paste cut: %q", s)
	}
	m.d.Fire()
	if r := fuThankYou(t, m); r == nil || !strings.HasPrefix(r.Message, "Hi Dana") {
		t.Fatalf("the message cut to the limit was not saved: %v", r != nil)
	}
}

// TestMessageBackToTheDraftWhileTyping: saves while typing that make the
// message the draft again leave esc to say so.
func TestMessageBackToTheDraftWhileTyping(t *testing.T) {
	m := fuSigned(t)
	press(t, m, keyEnter)
	draft := fuAgendaPage(m).message.text
	m.d.Send(kit.EditorDoneMsg{Text: draft + "X"})
	if r := fuThankYou(t, m); r == nil || !r.Edited() {
		t.Fatalf("the edit was not saved: %+v", r)
	}
	press(t, m, fuKey("e"), tea.KeyPressMsg{Code: tea.KeyBackspace})
	m.d.Fire()
	if r := fuThankYou(t, m); r != nil && r.Edited() {
		t.Fatalf("the draft typed back is kept as an edit: %+v", r)
	}
	m.Ctx.Line.Clear()
	press(t, m, keyEsc)
	if s := m.Ctx.Line.Text(); s != "The message is the draft again." {
		t.Fatalf("esc back at the draft said %q", s)
	}
}

// TestMessageEmptiedIsTheDraft: a message emptied in the box and saved is
// the draft again, and the page shows the draft, not a blank.
func TestMessageEmptiedIsTheDraft(t *testing.T) {
	m := fuSigned(t)
	press(t, m, keyEnter)
	draft := fuAgendaPage(m).message.text
	m.d.Send(kit.EditorDoneMsg{Text: "Hi"})
	press(t, m, fuKey("e"), tea.KeyPressMsg{Code: tea.KeyBackspace}, tea.KeyPressMsg{Code: tea.KeyBackspace})
	m.d.Fire()
	press(t, m, keyEsc)
	if r := fuThankYou(t, m); r != nil && r.Edited() {
		t.Fatalf("an empty message is kept as an edit: %+v", r)
	}
	v := fuAgendaPage(m).message
	if v.text != draft || m.Ctx.Line.Text() != "The message is the draft again." {
		t.Fatalf("after emptying, the page shows %q and says %q", v.text, m.Ctx.Line.Text())
	}
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("the draft shown again has something to keep")
	}
}
