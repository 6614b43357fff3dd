package drill

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// clashing opens the box, autosaves, has another debrief change the
// answer, and types on until a save finds it.
func clashing(t *testing.T) *model {
	t.Helper()
	m := sharpening(t)
	m.d.Type(" mine")
	m.d.Fire()
	setAnswer(m, "Their answer.")
	m.d.Type(" and more")
	m.d.Fire()
	if !m.page().edit.clash {
		t.Fatal("the clash was not found")
	}
	return m
}

// asideStory is the one story of the bank, which keeps the words.
func asideStory(t *testing.T, m *model) journal.Story {
	t.Helper()
	stories, _ := m.j.Stories()
	if len(stories) != 1 {
		t.Fatalf("the bank holds %d stories, want the one that keeps the words", len(stories))
	}
	return stories[0]
}

func TestSharpenClashKeptAsAStoryAsTyped(t *testing.T) {
	m := clashing(t)
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("a save wrote over a change made elsewhere: %q", c.Answer)
	}
	// What the write found changed would have kept is kept aside at once.
	st := asideStory(t, m)
	if st.Action != salaryAnswer+" mine and more" || len(st.Cards) != 1 || st.Cards[0] != "1/1" ||
		!strings.Contains(st.Title, "What salary do you expect?") {
		t.Fatalf("the story does not keep the words for the card: %+v", st)
	}
	// Typing on keeps them there a tick later, in the same story.
	m.d.Type(" later")
	if st := asideStory(t, m); strings.HasSuffix(st.Action, "later") {
		t.Fatal("kept aside before the tick")
	}
	m.d.Fire()
	if st := asideStory(t, m); st.Action != salaryAnswer+" mine and more later" {
		t.Fatalf("the story keeps %q", st.Action)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("typing on wrote over a change made elsewhere: %q", c.Answer)
	}
	if m.page().KeepTyped() != nil {
		t.Fatal("words kept aside already are kept again")
	}
}

func TestSharpenClashKeptAsAStoryBeforeTheEnd(t *testing.T) {
	m := clashing(t)
	m.d.Type(" last")
	kept := m.keep(t)
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("KeepTyped during a clash answers one KeptMsg without error: %+v", kept)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("KeepTyped wrote over a change made elsewhere: %q", c.Answer)
	}
	if st := asideStory(t, m); st.Action != salaryAnswer+" mine and more last" {
		t.Fatalf("the story keeps %q", st.Action)
	}
	if !strings.Contains(m.Ctx.Line.Text(), "story in the bank") {
		t.Fatalf("the status line does not say where the words are: %q", m.Ctx.Line.Text())
	}
	if m.page().KeepTyped() != nil {
		t.Fatal("the words kept aside are kept again")
	}
}

// TestSharpenClashChoiceTakesTheStoryOut: once enter saves the words in
// the card, or esc twice drops them, the story that kept them goes.
func TestSharpenClashChoiceTakesTheStoryOut(t *testing.T) {
	m := clashing(t)
	m.d.Fire() // the warning was on screen a while
	m.press("enter")
	if c := stored(t, m.j, "1/1"); c.Answer != salaryAnswer+" mine and more" {
		t.Fatalf("enter did not save the words in the card: %q", c.Answer)
	}
	if stories, _ := m.j.Stories(); len(stories) != 0 {
		t.Fatalf("the story stays after enter: %+v", stories)
	}
	m = clashing(t)
	m.press("esc", "esc")
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("esc twice wrote over the change: %q", c.Answer)
	}
	if stories, _ := m.j.Stories(); len(stories) != 0 {
		t.Fatalf("the story stays after esc twice: %+v", stories)
	}
}

// TestSharpenClashFoundByTheKeep: the keep's own write finds the change.
func TestSharpenClashFoundByTheKeep(t *testing.T) {
	m := sharpening(t)
	setAnswer(m, "Their answer.")
	m.d.Type(" mine")
	kept := m.keep(t)
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("KeepTyped answers one KeptMsg without error: %+v", kept)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("KeepTyped wrote over a change made elsewhere: %q", c.Answer)
	}
	if st := asideStory(t, m); st.Action != salaryAnswer+" mine" {
		t.Fatalf("the story keeps %q", st.Action)
	}
}

// TestSharpenClashFoundByTheWriteInFlight: the app ends while an autosave
// is on its way, and that autosave finds the change.
func TestSharpenClashFoundByTheWriteInFlight(t *testing.T) {
	m := sharpening(t)
	setAnswer(m, "Their answer.")
	m.d.Type(" mine")
	writes := inFlight(t, m, func(d *uitest.Driver) { d.Fire() })
	if len(writes) != 1 {
		t.Fatalf("the tick did not start one write: %d", len(writes))
	}
	if m.page().KeepTyped() == nil {
		t.Fatal("KeepTyped with a write in flight does not wait for it")
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
	if st := asideStory(t, m); st.Action != salaryAnswer+" mine" {
		t.Fatalf("the story keeps %q", st.Action)
	}
}

// fullBank is a bank that cannot take a story.
type fullBank struct{ *uitest.FakePractice }

func (fullBank) SaveStory(*journal.Story) error {
	return journal.Errorf(journal.EFull, "The disk is full.")
}

func TestSharpenClashKeptInAFileWhenTheBankFails(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	m := sharpening(t)
	m.page().sh.Practice = fullBank{m.j}
	m.d.Type(" mine")
	m.d.Fire()
	setAnswer(m, "Their answer.")
	m.d.Type(" and more")
	m.d.Fire()
	if !strings.Contains(m.Ctx.Line.Text(), "could not be kept aside yet") {
		t.Fatalf("a failure to keep the words aside is not said: %q", m.Ctx.Line.Text())
	}
	kept := m.keep(t)
	if len(kept) != 1 || kept[0].Err != nil {
		t.Fatalf("KeepTyped answers one KeptMsg without error: %+v", kept)
	}
	files, err := kit.KeptEditorFiles()
	if err != nil || len(files) != 1 {
		t.Fatalf("no file keeps the words: %v %v", files, err)
	}
	if b, err := os.ReadFile(files[0]); err != nil || string(b) != salaryAnswer+" mine and more" {
		t.Fatalf("the file keeps %q (%v)", b, err)
	}
	if c := stored(t, m.j, "1/1"); c.Answer != "Their answer." {
		t.Fatalf("KeepTyped wrote over a change made elsewhere: %q", c.Answer)
	}
}
