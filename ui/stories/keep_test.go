package stories

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// keep asks the bank to keep what is typed, as the root does before the
// app ends, and returns its answer; ok is false when it said nothing was
// left to keep.
func (m *model) keep(t *testing.T) (kept kit.KeptMsg, ok bool) {
	t.Helper()
	cmd := m.Screen.(*Page).KeepTyped()
	if cmd == nil {
		return kit.KeptMsg{}, false
	}
	answered := false
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd {
		if k, is := msg.(kit.KeptMsg); is {
			kept, answered = k, true
		}
		return m.Host.Update(msg)
	}}
	d.Run(cmd)
	if !answered {
		t.Fatal("KeepTyped never answered")
	}
	return kept, true
}

// stored returns story id of the fake as stored now.
func (m *model) stored(id uint64) journal.Story {
	stories, _ := m.j.Stories()
	for _, st := range stories {
		if st.ID == id {
			return st
		}
	}
	return journal.Story{}
}

// Words typed in the form are kept in the story a tick after the change,
// not before, and the form stays open.
func TestStoryKeptAfterATick(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("down", "enter", "tab", "tab")
	m.d.Type("Get payments back")
	if got := m.stored(2).Task; got != "" {
		t.Fatalf("kept before the tick: %q", got)
	}
	if len(m.d.Timers) != 1 || m.d.Timers[0].After != kit.AutosaveDelay {
		t.Fatalf("timers %+v, want one of %v", m.d.Timers, kit.AutosaveDelay)
	}
	m.d.Fire()
	if got := m.stored(2); got.Task != "Get payments back" || got.Situation != "Payments down" {
		t.Fatalf("after the tick the story holds %+v", got)
	}
	if v := m.View(); !strings.Contains(v, "Task\n") || !strings.Contains(v, "Kept as you type") {
		t.Fatalf("the form should stay open and say its words are kept:\n%s", v)
	}
	m.press("ctrl+s")
	if got := m.stored(2).Task; got != "Get payments back" || !strings.Contains(m.View(), "Story saved.") {
		t.Fatalf("ctrl+s after the tick: %q\n%s", got, m.View())
	}
}

// Esc twice after a tick puts the story back as it was opened.
func TestStoryDropAfterKeepPutsItBack(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	was := m.stored(1)
	m.press("enter")
	m.d.Type(" (2024)")
	m.press("tab")
	m.d.Type(" in spring")
	m.d.Fire()
	if got := m.stored(1); got.Title != "The late migration (2024)" || got.Situation != "A migration due in May in spring" {
		t.Fatalf("not kept: %+v", got)
	}
	m.press("esc")
	if v := m.View(); !strings.Contains(v, "Press esc again") {
		t.Fatalf("esc after a tick should still ask:\n%s", v)
	}
	m.press("esc")
	got := m.stored(1)
	if !sameParts(got, was) || strings.Join(got.Cards, ",") != "1/1,1/2" {
		t.Fatalf("dropped, the story holds %+v, want %+v", got, was)
	}
	if v := m.View(); !strings.Contains(v, "Dropped your changes") || strings.Contains(v, "Situation") {
		t.Fatalf("after the drop:\n%s", v)
	}
}

// A new story is in the bank from its first words, and taken out again
// when dropped.
func TestNewStoryKeptAndDroppedAgain(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("n")
	m.d.Fire()
	if len(m.j.StoredStories) != 2 {
		t.Fatal("an empty new story was kept")
	}
	m.d.Type("Salary talk")
	m.d.Fire()
	if got := m.stored(3); got.Title != "Salary talk" {
		t.Fatalf("the new story is not kept: %+v", got)
	}
	if v := m.View(); !strings.Contains(v, "A new story") || !strings.Contains(v, "Kept in the bank as you type") {
		t.Fatalf("form:\n%s", v)
	}
	m.d.Type(" at Globex")
	m.press("esc", "esc")
	if len(m.j.StoredStories) != 2 {
		t.Fatalf("the dropped story stays: %+v", m.j.StoredStories)
	}
	if v := m.View(); strings.Contains(v, "Salary talk") || !strings.Contains(v, "Dropped the new story.") {
		t.Fatalf("after the drop:\n%s", v)
	}
}

// A new story written before its title is kept untitled; ctrl+s still
// asks for a title, and saves it once there is one.
func TestNewStoryKeptUntitled(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	m.press("n", "tab")
	m.d.Type("The budget was cut")
	m.d.Fire()
	if got := m.stored(3); got.Title != untitled || got.Situation != "The budget was cut" {
		t.Fatalf("kept as %+v", got)
	}
	m.press("ctrl+s")
	if v := m.View(); !strings.Contains(v, "needs a title") {
		t.Fatalf("saved without a title:\n%s", v)
	}
	m.press("shift+tab")
	m.d.Type("Budget cut")
	m.press("ctrl+s")
	if got := m.stored(3); got.Title != "Budget cut" || len(m.j.StoredStories) != 3 {
		t.Fatalf("saved as %+v, %d stories", got, len(m.j.StoredStories))
	}
}

// KeepTyped keeps the latest words, typed after the last tick, and
// answers; it says nothing is left to keep on the list, on a form not
// typed in, and once everything is kept.
func TestStoryKeepTyped(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	if _, ok := m.keep(t); ok {
		t.Fatal("the list has nothing to keep")
	}
	m.press("down", "enter", "tab", "tab")
	if _, ok := m.keep(t); ok {
		t.Fatal("a form not typed in has nothing to keep")
	}
	m.d.Type("Get payments")
	m.d.Fire()
	if _, ok := m.keep(t); ok {
		t.Fatal("everything was kept at the tick")
	}
	m.d.Type(" back")
	kept, ok := m.keep(t)
	if !ok || kept.Err != nil {
		t.Fatalf("keep: %v %v", ok, kept.Err)
	}
	if got := m.stored(2).Task; got != "Get payments back" {
		t.Fatalf("kept %q", got)
	}
	if _, ok := m.keep(t); ok {
		t.Fatal("kept twice")
	}
}

// failingPractice fails the next fails saves of a story.
type failingPractice struct {
	*uitest.FakePractice
	fails int
}

func (f *failingPractice) SaveStory(st *journal.Story) error {
	if f.fails > 0 {
		f.fails--
		return journal.Errorf(journal.EFull, "The disk is full.")
	}
	return f.FakePractice.SaveStory(st)
}

// A failed keep says so once, leaves the words in the form, and is tried
// again by the next change; KeepTyped reports a failure.
func TestStoryKeepFailureSaysSoOnce(t *testing.T) {
	j := bankJournal(t)
	fp := &failingPractice{FakePractice: j, fails: 3}
	ctx := uitest.NewContext(j)
	ctx.Practice = fp
	ctx.Width, ctx.Height = 100, 30
	host, d := uitest.Start(t, ctx, New(ctx))
	m := &model{Host: host, d: d, j: j}
	m.press("down", "enter", "tab", "tab")
	m.d.Type("Get")
	m.d.Fire()
	if text := ctx.Line.Text(); !strings.Contains(text, "could not be kept") {
		t.Fatalf("status %q", text)
	}
	said := ctx.Line.ID()
	m.d.Type(" payments")
	m.d.Fire()
	if ctx.Line.ID() != said {
		t.Fatalf("said again: %q", ctx.Line.Text())
	}
	m.d.Type(" back")
	if kept, ok := m.keep(t); !ok || kept.Err == nil {
		t.Fatalf("a failed keep answered %v %v", ok, kept.Err)
	}
	if got := m.stored(2).Task; got != "" {
		t.Fatalf("stored %q", got)
	}
	m.d.Type("!")
	m.d.Fire()
	if got := m.stored(2).Task; got != "Get payments back!" {
		t.Fatalf("not tried again: %q", got)
	}
}

// While a write is on its way no second one starts: the change typed
// meanwhile is written once the first lands, and ctrl+s waits too.
func TestStoryOneWriteAtATime(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	p := m.Screen.(*Page)
	m.press("down", "enter", "tab", "tab")
	m.d.Type("Get")
	first := p.write(opAutosave)
	if first == nil || !p.saving {
		t.Fatal("no write started")
	}
	m.d.Type(" them back")
	if cmd := p.write(opAutosave); cmd != nil {
		t.Fatal("a second write started while the first was on its way")
	}
	if cmd := p.formKey(keyOf("ctrl+s")); cmd != nil {
		t.Fatal("ctrl+s started a write while one was on its way")
	}
	msgs := uitest.Messages(t, first)
	if got := m.stored(2).Task; len(msgs) != 1 || got != "Get" {
		t.Fatalf("first write: %q, %d messages", got, len(msgs))
	}
	m.d.Send(msgs...)
	if got := m.stored(2).Task; got != "Get them back" || p.form != nil {
		t.Fatalf("after it landed: %q, form open %v", got, p.form != nil)
	}
}

// KeepTyped while a write is on its way waits for it, keeps what was
// typed meanwhile, and then answers.
func TestStoryKeepTypedWaitsForAWrite(t *testing.T) {
	m := open(t, bankJournal(t), 100, 30)
	p := m.Screen.(*Page)
	m.press("down", "enter", "tab", "tab")
	m.d.Type("Get")
	first := p.write(opAutosave)
	m.d.Type(" them back")
	cmd := p.KeepTyped()
	if cmd == nil {
		t.Fatal("KeepTyped said nothing was left to keep")
	}
	if msgs := uitest.Messages(t, cmd); len(msgs) != 0 {
		t.Fatalf("KeepTyped answered before the write landed: %v", msgs)
	}
	var kept []kit.KeptMsg
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd {
		if k, is := msg.(kit.KeptMsg); is {
			kept = append(kept, k)
		}
		return m.Host.Update(msg)
	}}
	d.Send(uitest.Messages(t, first)...)
	if len(kept) != 1 || kept[0].Err != nil || m.stored(2).Task != "Get them back" {
		t.Fatalf("answers %v, stored %q", kept, m.stored(2).Task)
	}
}
