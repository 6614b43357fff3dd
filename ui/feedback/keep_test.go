package feedback

import (
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	today     = journal.DateOf(uitest.Now())
	keyTab    = tea.KeyPressMsg{Code: tea.KeyTab}
	keyEsc    = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyCtrlS  = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	keyQ      = tea.KeyPressMsg{Code: 'q', Text: "q"}
	earlierFb = journal.Feedback{Date: today.AddDays(-1), From: "Recruiter", Text: "They liked the system design."}
)

// failingJournal fails the next changes of an interview, as a full disk
// would.
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

// form is the feedback form of interview 1, which holds one piece of
// feedback already, driven as the root would.
type form struct {
	*uitest.Host
	d    *uitest.Driver
	j    *failingJournal
	quit bool
	// held keeps the replies to writes while hold is set, as if the writes
	// were still on their way.
	hold bool
	held []tea.Msg
}

func openForm(t *testing.T) *form {
	t.Helper()
	j := &failingJournal{FakeJournal: uitest.NewFakeJournal()}
	iv := journal.Interview{Company: "Acme", Role: "Dev", Date: today.AddDays(-5),
		Outcome: journal.Outcome{Status: journal.StatusRejected, Date: today.AddDays(-2)}, Feedback: []journal.Feedback{earlierFb}}
	if err := j.FinishDraft(0, &iv); err != nil {
		t.Fatal(err)
	}
	ctx := uitest.NewContext(j)
	h, d := uitest.Start(t, ctx, New(ctx, iv.ID))
	f := &form{Host: h, d: d, j: j}
	d.Update = func(msg tea.Msg) tea.Cmd {
		switch msg.(type) {
		case kit.QuitMsg:
			f.quit = true
			return nil
		case writtenMsg:
			if f.hold {
				f.held = append(f.held, msg)
				return nil
			}
		}
		return h.Update(msg)
	}
	return f
}

func (f *form) page() *Page { return f.Screen.(*Page) }

// stored is the feedback of interview 1 as stored now.
func (f *form) stored() []journal.Feedback {
	iv, err := f.j.Interview(1)
	if err != nil {
		return nil
	}
	return iv.Feedback
}

// release delivers the replies held.
func (f *form) release() {
	f.hold = false
	held := f.held
	f.held = nil
	f.d.Send(held...)
}

// keep asks the form to keep what is typed, as the root does before the
// app ends, and returns its answer; ok is false when it said nothing was
// left to keep.
func (f *form) keep(t *testing.T) (kept kit.KeptMsg, ok bool) {
	t.Helper()
	cmd := f.page().KeepTyped()
	if cmd == nil {
		return kit.KeptMsg{}, false
	}
	answered := false
	update := f.d.Update
	f.d.Update = func(msg tea.Msg) tea.Cmd {
		if k, is := msg.(kit.KeptMsg); is {
			kept, answered = k, true
		}
		return update(msg)
	}
	defer func() { f.d.Update = update }()
	f.d.Run(cmd)
	if !answered {
		t.Fatal("KeepTyped never answered")
	}
	return kept, true
}

// writeFeedback types who it is from and what they said.
func (f *form) writeFeedback(from, said string) {
	f.d.Type(from)
	f.d.Press(keyTab, keyTab)
	f.d.Type(said)
}

// What they said is kept on the interview a tick after it is typed, not
// before, next to the feedback it held, and the form says so.
func TestFeedbackKeptAfterATick(t *testing.T) {
	f := openForm(t)
	f.writeFeedback("Sam", "More tests")
	if got := f.stored(); len(got) != 1 {
		t.Fatalf("kept before the tick: %+v", got)
	}
	if len(f.d.Timers) != 1 || f.d.Timers[0].After != kit.AutosaveDelay {
		t.Fatalf("timers %+v, want one of %v", f.d.Timers, kit.AutosaveDelay)
	}
	f.d.Fire()
	want := []journal.Feedback{earlierFb, {Date: today, From: "Sam", Text: "More tests"}}
	if got := f.stored(); !equalFeedback(got, want) {
		t.Fatalf("after the tick the interview holds %+v, want %+v", got, want)
	}
	if v := f.View(); !strings.Contains(v, "Kept on the interview as you type") {
		t.Fatalf("the form should say its words are kept:\n%s", v)
	}
	f.d.Type(", please.")
	f.d.Fire()
	want[1].Text = "More tests, please."
	if got := f.stored(); !equalFeedback(got, want) {
		t.Fatalf("a later change should be written over the entry kept: %+v", got)
	}
	f.d.Press(keyCtrlS)
	if got := f.stored(); !equalFeedback(got, want) || !strings.Contains(f.View(), "Feedback kept.") {
		t.Fatalf("ctrl+s after the tick: %+v\n%s", got, f.View())
	}
	if f.page().KeepTyped() != nil {
		t.Fatal("nothing is left to keep once the feedback is saved")
	}
}

func equalFeedback(a, b []journal.Feedback) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// KeepTyped keeps the words typed since the last tick and answers; with
// nothing typed, or only a name, it lets the app end at once.
func TestFeedbackKeepTyped(t *testing.T) {
	f := openForm(t)
	if _, ok := f.keep(t); ok {
		t.Fatal("KeepTyped with nothing typed should be nil")
	}
	f.d.Type("Sam")
	if _, ok := f.keep(t); ok {
		t.Fatal("KeepTyped with only a name should be nil: no feedback is said yet")
	}
	f.d.Press(keyTab, keyTab)
	f.d.Type("Too quiet")
	f.d.Fire()
	f.d.Type(" in the panel")
	kept, ok := f.keep(t)
	if !ok || kept.Err != nil {
		t.Fatalf("KeepTyped answered %+v, %v", kept, ok)
	}
	if got := f.stored(); len(got) != 2 || got[1].Text != "Too quiet in the panel" || got[1].From != "Sam" {
		t.Fatalf("the latest words were not kept: %+v", got)
	}
	if _, ok := f.keep(t); ok {
		t.Fatal("KeepTyped once all is kept should be nil")
	}
}

// esc with words typed asks first; esc twice takes the entry kept out,
// leaving the interview as it was, and goes back.
func TestFeedbackEscAsksThenDrops(t *testing.T) {
	f := openForm(t)
	f.writeFeedback("Sam", "More tests")
	f.d.Fire()
	f.d.Press(keyEsc)
	if v := f.View(); !strings.Contains(v, "Press esc again to drop the feedback you typed") || f.Backs != 0 {
		t.Fatalf("one esc should ask, not go back (%d):\n%s", f.Backs, v)
	}
	if got := f.stored(); len(got) != 2 {
		t.Fatalf("one esc changed the interview: %+v", got)
	}
	f.d.Press(keyEsc)
	if got := f.stored(); !equalFeedback(got, []journal.Feedback{earlierFb}) {
		t.Fatalf("esc twice left %+v", got)
	}
	if f.Backs != 1 || !strings.Contains(f.Ctx.Line.Text(), "Dropped the feedback you typed.") {
		t.Fatalf("esc twice should go back and say so (%d, %q)", f.Backs, f.Ctx.Line.Text())
	}
	if f.page().KeepTyped() != nil {
		t.Fatal("a dropped form has nothing to keep")
	}
}

// esc on a form with nothing typed goes back at once; a key between two
// escs takes the question back.
func TestFeedbackEscWithoutWords(t *testing.T) {
	f := openForm(t)
	f.d.Press(keyEsc)
	if f.Backs != 1 {
		t.Fatal("esc on an empty form should go back at once")
	}
	f = openForm(t)
	f.d.Type("S")
	f.d.Press(keyEsc)
	f.d.Type("a")
	f.d.Press(keyEsc)
	if f.Backs != 0 || f.page().from.Value() != "Sa" {
		t.Fatalf("a key between the escs should keep the form (%d, %q)", f.Backs, f.page().from.Value())
	}
}

// Another debrief's change to the interview while the user types is kept:
// by each write, and by the drop.
func TestFeedbackKeepsOtherChanges(t *testing.T) {
	f := openForm(t)
	f.writeFeedback("Sam", "More tests")
	f.d.Fire()
	other := journal.Feedback{Date: today, From: "Lee", Text: "Good questions."}
	if _, err := f.j.FakeJournal.ChangeInterview(1, func(iv *journal.Interview) error {
		iv.Lessons = append(iv.Lessons, "Slow down")
		return iv.AddFeedback(other)
	}); err != nil {
		t.Fatal(err)
	}
	f.d.Type("!")
	f.d.Fire()
	want := []journal.Feedback{earlierFb, {Date: today, From: "Sam", Text: "More tests!"}, other}
	if got := f.stored(); !equalFeedback(got, want) {
		t.Fatalf("after another debrief's change the interview holds %+v, want %+v", got, want)
	}
	f.d.Press(keyEsc, keyEsc)
	iv, _ := f.j.Interview(1)
	if !equalFeedback(iv.Feedback, []journal.Feedback{earlierFb, other}) || len(iv.Lessons) != 1 {
		t.Fatalf("the drop took another debrief's change: %+v %q", iv.Feedback, iv.Lessons)
	}
}

// One write at a time: a change while a write is on its way, then
// KeepTyped, waits for it, and the latest words land last.
func TestFeedbackOneWriteAtATime(t *testing.T) {
	f := openForm(t)
	f.writeFeedback("Sam", "More")
	f.hold = true
	f.d.Fire()
	if len(f.held) != 1 {
		t.Fatalf("the tick should start one write, held %d", len(f.held))
	}
	f.d.Type(" tests")
	f.d.Fire()
	if len(f.held) != 1 {
		t.Fatalf("a second write started while the first was on its way (%d)", len(f.held))
	}
	cmd := f.page().KeepTyped()
	if cmd == nil {
		t.Fatal("KeepTyped with a write on its way should wait for it")
	}
	var kept *kit.KeptMsg
	update := f.d.Update
	f.d.Update = func(msg tea.Msg) tea.Cmd {
		if k, ok := msg.(kit.KeptMsg); ok {
			kept = &k
			return nil
		}
		return update(msg)
	}
	f.d.Run(cmd)
	if kept != nil {
		t.Fatal("KeepTyped answered before the write landed")
	}
	f.release()
	if kept == nil || kept.Err != nil {
		t.Fatalf("KeepTyped answered %+v", kept)
	}
	if got := f.stored(); len(got) != 2 || got[1].Text != "More tests" {
		t.Fatalf("the latest words did not land last: %+v", got)
	}
}

// A failed write says so once, and the next change tries again.
func TestFeedbackKeepFailureSaidOnce(t *testing.T) {
	f := openForm(t)
	f.j.mu.Lock()
	f.j.fail = 2
	f.j.mu.Unlock()
	f.writeFeedback("Sam", "More")
	f.d.Fire()
	said := f.Ctx.Line.Text()
	if !strings.Contains(said, "could not be kept yet") || !strings.Contains(said, "The disk is full.") {
		t.Fatalf("a failed keep was not said: %q", said)
	}
	f.Ctx.Line.Clear()
	f.d.Type(" tests")
	f.d.Fire()
	if said := f.Ctx.Line.Text(); said != "" {
		t.Fatalf("the second failure was said again: %q", said)
	}
	f.d.Type("!")
	f.d.Fire()
	if got := f.stored(); len(got) != 2 || got[1].Text != "More tests!" {
		t.Fatalf("the change after the failures was not kept: %+v", got)
	}
}

// q is typed in the form, and quits from the offer once it is saved.
func TestFeedbackQ(t *testing.T) {
	f := openForm(t)
	f.d.Press(keyQ)
	if f.quit || f.page().from.Value() != "q" {
		t.Fatalf("q in the form should be typed (quit %v, from %q)", f.quit, f.page().from.Value())
	}
	f.d.Press(keyTab, keyTab)
	f.d.Type("Fine")
	f.d.Press(keyCtrlS)
	if v := f.View(); !strings.Contains(v, "What next?") || !strings.Contains(v, "q quit") {
		t.Fatalf("the offer once saved should show q:\n%s", v)
	}
	f.d.Press(keyQ)
	if !f.quit {
		t.Fatal("q on the offer once saved did not quit")
	}
}
