package drill

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var _ kit.Keeper = (*Page)(nil)

const salaryAnswer = "A range anchored on the market rate, then why I am worth the top of it."

// sharpening opens a drill with the first card's answer in the box.
func sharpening(t *testing.T) *model {
	t.Helper()
	m := open(t, practiceJournal(t), "")
	m.press("space", "s")
	return m
}

// setAnswer changes the first card's answer as another debrief would.
func setAnswer(m *model, answer string) {
	c := m.j.StoredCards["1/1"] // no command runs meanwhile
	c.Answer = answer
	m.j.StoredCards["1/1"] = c
}

// keep asks the page to keep what is typed, as the root does before the
// app ends, runs what it starts and returns the KeptMsg answers.
func (m *model) keep(t *testing.T) []kit.KeptMsg {
	t.Helper()
	var kept []kit.KeptMsg
	update := m.d.Update
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		if k, ok := msg.(kit.KeptMsg); ok {
			kept = append(kept, k)
		}
		return update(msg)
	}
	defer func() { m.d.Update = update }()
	cmd := m.page().KeepTyped()
	if cmd == nil {
		t.Fatal("KeepTyped returned nil with words unsaved")
	}
	m.d.Run(cmd)
	return kept
}

func TestSharpenAutosavesAfterASecond(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" Name the number first.")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer {
		t.Fatalf("saved before the autosave's tick: %q", c.Answer)
	}
	var after []string
	for _, tm := range m.d.Timers {
		after = append(after, tm.After.String())
	}
	if !strings.Contains(strings.Join(after, " "), kit.AutosaveDelay.String()) {
		t.Fatalf("no autosave tick asked for: %v", after)
	}
	m.d.Fire()
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" Name the number first." {
		t.Fatalf("the words typed were not saved on the tick: %q", c.Answer)
	}
	if m.page().phase != editing || m.page().at != 0 {
		t.Fatal("an autosave closed the box or moved the drill on")
	}
	if strings.Contains(m.Ctx.Line.Text(), "sharpened") {
		t.Fatalf("an autosave says the answer was sharpened: %q", m.Ctx.Line.Text())
	}
	m.press("enter")
	if v := m.View(); !strings.Contains(v, "Answer sharpened.") || !strings.Contains(v, "How did it go?") {
		t.Fatalf("enter after an autosave saves and closes the box:\n%s", v)
	}
}

func TestSharpenKeepTypedKeepsTheLatestWords(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" First.")
	m.d.Fire()
	m.d.Type(" Then the rest.")
	kept := m.keep(t)
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("KeepTyped answers one KeptMsg without error: %+v", kept)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" First. Then the rest." {
		t.Fatalf("the latest words were not kept: %q", c.Answer)
	}
	if m.page().KeepTyped() != nil {
		t.Fatal("KeepTyped has something to keep right after keeping it")
	}
}

func TestSharpenKeepTypedNilWithNothingChanged(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	if m.page().KeepTyped() != nil {
		t.Fatal("KeepTyped with no box open")
	}
	m.press("space", "s")
	if m.page().KeepTyped() != nil {
		t.Fatal("KeepTyped with the box open and nothing typed")
	}
	m.d.Type(" x")
	m.d.Fire()
	if m.page().KeepTyped() != nil {
		t.Fatal("KeepTyped with every word autosaved")
	}
}

func TestSharpenDropAfterAutosaveRestoresTheAnswer(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" more")
	m.d.Fire()
	if c := stored(t, m.j, "1/1"); !strings.HasSuffix(c.Answer, " more") {
		t.Fatalf("the words were not autosaved before the drop: %q", c.Answer)
	}
	m.press("esc", "esc")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer {
		t.Fatalf("the drop did not put the answer back: %q", c.Answer)
	}
	if v := m.View(); !strings.Contains(v, "How did it go?") || strings.Contains(v, "more") {
		t.Fatalf("the box closes on the answer as it was:\n%s", v)
	}
	// Typing the old answer back after an autosave also restores it.
	m.press("s")
	m.d.Type("!")
	m.d.Fire()
	m.d.Press(tea.KeyPressMsg{Code: tea.KeyBackspace})
	m.press("esc")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer || m.page().phase != revealed {
		t.Fatalf("esc on the old answer leaves the autosaved one: %q", c.Answer)
	}
}

func TestSharpenCountsACardOnce(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" A.")
	m.d.Fire()
	m.d.Type(" B.")
	m.d.Fire()
	m.press("enter", "s")
	m.d.Type(" C.")
	m.press("enter", "3", "space", "3")
	if v := m.View(); !strings.Contains(v, "sharpened 1 ·") {
		t.Fatalf("a card sharpened twice, with autosaves, counts once:\n%s", v)
	}
}

func TestSharpenAnswerChangedElsewhereIsNotWrittenOver(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" mine")
	m.d.Fire()
	setAnswer(m, "Their answer.")
	m.d.Type(" and more")
	m.d.Fire()
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("an autosave wrote over a change made elsewhere: %q", c.Answer)
	}
	if !strings.Contains(m.Ctx.Line.Text(), "changed in another debrief") {
		t.Fatalf("the clash is not said: %q", m.Ctx.Line.Text())
	}
	// Enter, once the clash is known, saves the user's words in its place.
	m.d.Fire() // the warning was on screen a while
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" mine and more" {
		t.Fatalf("enter after the clash did not save: %q", c.Answer)
	}
}

// TestSharpenEnterAsTheClashIsSaidDoesNotSaveOverIt: an enter pressed to
// save as usual, just as an autosave found the answer changed elsewhere,
// is not taken as the choice to write over that change.
func TestSharpenEnterAsTheClashIsSaidDoesNotSaveOverIt(t *testing.T) {
	m := clashing(t) // its last step: the autosave finds the change, and the box says so
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("an enter pressed as the warning came wrote over the change: %q", c.Answer)
	}
	if m.page().phase != editing || !strings.Contains(m.Ctx.Line.Text(), "enter to save yours") {
		t.Fatalf("the box does not stay open and say it again: %q", m.Ctx.Line.Text())
	}
	m.d.Fire() // a second on
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" mine and more" {
		t.Fatalf("enter once the warning was read did not save: %q", c.Answer)
	}
}

func TestSharpenDropKeepsAChangeMadeElsewhere(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" mine")
	m.d.Fire()
	setAnswer(m, "Their answer.")
	m.press("esc", "esc")
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("the drop wrote over a change made elsewhere: %q", c.Answer)
	}
	if v := m.View(); !strings.Contains(v, "Their answer.") || !strings.Contains(m.Ctx.Line.Text(), "change made to it in another debrief") {
		t.Fatalf("the card shows the answer it holds, and says why:\n%s", v)
	}
}

func TestSharpenSaveDoesNotWriteOverAnAnswerChangedSinceTheDrillBegan(t *testing.T) {
	m := open(t, practiceJournal(t), "")
	setAnswer(m, "Their answer.")
	m.press("space", "s")
	m.d.Type(" mine")
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("enter wrote over a change made elsewhere: %q", c.Answer)
	}
	if m.page().phase != editing || !strings.Contains(m.Ctx.Line.Text(), "enter to save yours") {
		t.Fatalf("the box stays open and says what enter now does: %q", m.Ctx.Line.Text())
	}
}

func TestSharpenFailedAutosaveSaysSoOnceAndRetries(t *testing.T) {
	m := sharpening(t)
	m.j.FailChanges = 2
	m.d.Type(" a")
	m.d.Fire()
	if !strings.Contains(m.Ctx.Line.Text(), "could not be saved yet") {
		t.Fatalf("a failed autosave is not said: %q", m.Ctx.Line.Text())
	}
	m.Ctx.Line.Clear()
	m.d.Type(" b")
	m.d.Fire()
	if m.Ctx.Line.Text() != "" {
		t.Fatalf("a second failure is said again: %q", m.Ctx.Line.Text())
	}
	m.d.Type(" c")
	m.d.Fire()
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" a b c" {
		t.Fatalf("the next change did not retry: %q", c.Answer)
	}
}

func TestSharpenFailedSaveKeepsTheWords(t *testing.T) {
	m := sharpening(t)
	m.j.FailChanges = 1
	m.d.Type(" mine")
	m.press("enter")
	if m.page().phase != editing || !strings.Contains(m.View(), "mine") {
		t.Fatalf("a failed save closed the box:\n%s", m.View())
	}
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" mine" {
		t.Fatalf("enter again did not save: %q", c.Answer)
	}
}

// inFlight holds the commands the page returns, without running them, so
// a test can act while a write is in flight.
func inFlight(t *testing.T, m *model, send func(d *uitest.Driver)) []tea.Cmd {
	t.Helper()
	var held []tea.Cmd
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd {
		if cmd := m.Update(msg); cmd != nil {
			held = append(held, cmd)
		}
		return nil
	}}
	d.Timers, m.d.Timers = m.d.Timers, nil
	send(d)
	m.d.Timers = append(m.d.Timers, d.Timers...)
	return held
}

func TestSharpenWaitsForTheWriteInFlight(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" one")
	writes := inFlight(t, m, func(d *uitest.Driver) { d.Fire() })
	if len(writes) != 1 {
		t.Fatalf("the tick did not start one write: %d", len(writes))
	}
	// Typing and the next tick while the write is in flight start none.
	m.d.Type(" two")
	if more := inFlight(t, m, func(d *uitest.Driver) { d.Fire() }); len(more) != 0 {
		t.Fatal("a second write started while one was in flight")
	}
	keep := m.page().KeepTyped()
	if keep == nil {
		t.Fatal("KeepTyped with a write in flight and words unsaved")
	}
	if msgs := uitest.Messages(t, keep); len(msgs) != 0 {
		t.Fatalf("KeepTyped answered before the write in flight landed: %+v", msgs)
	}
	var kept []kit.KeptMsg
	update := m.d.Update
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		if k, ok := msg.(kit.KeptMsg); ok {
			kept = append(kept, k)
		}
		return update(msg)
	}
	m.d.Run(writes[0])
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("the keep did not follow the write in flight: %+v", kept)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" one two" {
		t.Fatalf("the latest words were not kept last: %q", c.Answer)
	}
}

func TestSharpenEnterWaitsForTheAutosaveInFlight(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" one")
	writes := inFlight(t, m, func(d *uitest.Driver) { d.Fire() })
	m.d.Type(" two")
	if more := inFlight(t, m, func(d *uitest.Driver) { d.Press(keyOf("enter")) }); len(more) != 0 {
		t.Fatal("enter started a write while one was in flight")
	}
	m.d.Run(writes[0])
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" one two" {
		t.Fatalf("enter's save did not follow the autosave: %q", c.Answer)
	}
	if v := m.View(); !strings.Contains(v, "Answer sharpened.") {
		t.Fatalf("enter's save is not done:\n%s", v)
	}
}

func TestSharpenKeepTypedAnswersAfterADropInFlight(t *testing.T) {
	m := sharpening(t)
	m.d.Type(" mine")
	m.d.Fire()
	setAnswer(m, "Their answer.")
	writes := inFlight(t, m, func(d *uitest.Driver) { d.Press(keyOf("esc"), keyOf("esc")) })
	if len(writes) != 1 {
		t.Fatalf("the drop did not start one write: %d", len(writes))
	}
	if m.page().KeepTyped() == nil {
		t.Fatal("KeepTyped with a drop in flight does not wait for it")
	}
	var kept []kit.KeptMsg
	update := m.d.Update
	m.d.Update = func(msg tea.Msg) tea.Cmd {
		if k, ok := msg.(kit.KeptMsg); ok {
			kept = append(kept, k)
		}
		return update(msg)
	}
	m.d.Run(writes[0])
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("the app waits for ever to end: %+v", kept)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("the drop wrote over a change made elsewhere: %q", c.Answer)
	}
}

func TestSharpenClashShowsInTheBox(t *testing.T) {
	m := sharpening(t)
	setAnswer(m, "Their answer.")
	m.d.Type(" mine")
	m.d.Fire()
	m.Ctx.Line.Clear()
	if v := m.View(); !strings.Contains(v, "kept aside as a story") {
		t.Fatalf("the box does not say where its words are kept now:\n%s", v)
	}
}
