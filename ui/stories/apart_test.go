package stories

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// apartOutage is the title of the user's version of "The outage" kept
// apart on the tests' day.
const apartOutage = "The outage (your version from Sat 14 Mar)"

// clashed opens the outage in A and B on s: A saves its situation, B
// changes the situation too and writes a task, and B's tick meets the
// clash.
func clashed(t *testing.T, s *store.Store) (a, b *model) {
	t.Helper()
	a, b = bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab")
	a.d.Type(" on Black Friday")
	a.press("ctrl+s")
	b.d.Type(" for an hour")
	b.press("tab")
	b.d.Type("Get them back")
	b.d.Fire()
	return a, b
}

// storyTitled returns the story of s titled title.
func storyTitled(t *testing.T, s *store.Store, title string) (journal.Story, bool) {
	t.Helper()
	stories, err := s.Stories()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stories {
		if st.Title == title {
			return st, true
		}
	}
	return journal.Story{}, false
}

// A part held over a clash is kept at once in the user's version of the
// story, apart, with every other part as the user has it; the story
// keeps the other debrief's text, and the form says where the user's is.
func TestHeldPartKeptApartAtOnce(t *testing.T) {
	s := storeBank(t)
	_, b := clashed(t, s)
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "Get them back" {
		t.Fatalf("the story holds %+v", got)
	}
	apart, ok := storyTitled(t, s, apartOutage)
	if !ok || apart.Situation != "Payments down for an hour" || apart.Task != "Get them back" || len(apart.Cards) != 0 {
		t.Fatalf("the user's version kept apart: %v %+v", ok, apart)
	}
	v := b.View()
	for _, want := range []string{"changed “Situation” in this story", "kept apart as “" + apartOutage + "”", "Payments down for an hour"} {
		if !strings.Contains(v, want) {
			t.Fatalf("B lacks %q:\n%s", want, v)
		}
	}
}

// Before the app ends, words typed in a held part are kept in the copy,
// not over the other debrief's text, and KeepTyped answers without an
// error; a later tick writes over the same copy.
func TestKeepTypedKeepsAHeldPartApart(t *testing.T) {
	s := storeBank(t)
	_, b := clashed(t, s)
	b.press("shift+tab")
	b.d.Type(" at noon")
	kept, ok := b.keep(t)
	if !ok || kept.Err != nil {
		t.Fatalf("keep: %v %v", ok, kept.Err)
	}
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" {
		t.Fatalf("the other debrief's text was written over: %+v", got)
	}
	if apart, _ := storyTitled(t, s, apartOutage); apart.Situation != "Payments down for an hour at noon" {
		t.Fatalf("the copy holds %+v", apart)
	}
	if _, ok := b.keep(t); ok {
		t.Fatal("everything is kept: KeepTyped should return nil")
	}
	b.d.Type("!")
	b.d.Fire()
	if stories, _ := s.Stories(); len(stories) != 2 {
		t.Fatalf("a second copy was made: %+v", stories)
	}
	if apart, _ := storyTitled(t, s, apartOutage); apart.Situation != "Payments down for an hour at noon!" {
		t.Fatalf("the copy holds %+v", apart)
	}
}

// ctrl+s saves the user's version over the other change and takes the
// copy out; esc twice keeps the other's and takes the copy out too.
func TestCopyKeptApartGoesWhenTheUserChooses(t *testing.T) {
	t.Run("save", func(t *testing.T) {
		s := storeBank(t)
		_, b := clashed(t, s)
		b.d.Fire() // the warning was on screen a while
		b.press("ctrl+s")
		if got := storedStory(t, s, 1); got.Situation != "Payments down for an hour" || !strings.Contains(b.View(), "Story saved.") {
			t.Fatalf("saved over on purpose: %+v\n%s", got, b.View())
		}
		if stories, _ := s.Stories(); len(stories) != 1 {
			t.Fatalf("the copy stays: %+v", stories)
		}
	})
	t.Run("drop", func(t *testing.T) {
		s := storeBank(t)
		_, b := clashed(t, s)
		b.press("esc", "esc")
		if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "" {
			t.Fatalf("after the drop: %+v", got)
		}
		if stories, _ := s.Stories(); len(stories) != 1 {
			t.Fatalf("the copy stays: %+v", stories)
		}
	})
}

// A copy someone changed elsewhere is never written over: the user's
// version is kept as a new one, and the changed copy stays when the form
// closes.
func TestCopyChangedElsewhereIsLeftAlone(t *testing.T) {
	s := storeBank(t)
	_, b := clashed(t, s)
	apart, _ := storyTitled(t, s, apartOutage)
	apart.Result = "Back in an hour"
	if err := s.SaveStory(&apart); err != nil {
		t.Fatal(err)
	}
	b.press("shift+tab")
	b.d.Type(" at noon")
	b.d.Fire()
	if got := storedStory(t, s, apart.ID); got.Result != "Back in an hour" || got.Situation != "Payments down for an hour" {
		t.Fatalf("the changed copy was written over: %+v", got)
	}
	stories, _ := s.Stories()
	if len(stories) != 3 || stories[2].Situation != "Payments down for an hour at noon" {
		t.Fatalf("stories %+v", stories)
	}
	b.d.Fire() // the warning was on screen a while
	b.press("ctrl+s")
	if stories, _ := s.Stories(); len(stories) != 2 || stories[1].ID != apart.ID {
		t.Fatalf("after ctrl+s: %+v", stories)
	}
}

// A clash names the parts as the form labels them, quoted.
func TestClashNamesThePartsAsTheFormDoes(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "shift+tab", "shift+tab")
	b.press("enter", "shift+tab", "shift+tab")
	a.d.Type("I stay calm")
	a.press("ctrl+s")
	b.d.Type("I keep my head")
	b.d.Fire()
	v := b.View()
	if !strings.Contains(v, "changed “What it shows about you” in this") || strings.Contains(v, "the what it shows") {
		t.Fatalf("B after the clash:\n%s", v)
	}
}

// TestCtrlSAsTheClashIsSaidDoesNotSaveOverIt: a ctrl+s pressed to save as
// usual, just as an autosave found a part changed elsewhere, is not taken
// as the choice to write over that change.
func TestCtrlSAsTheClashIsSaidDoesNotSaveOverIt(t *testing.T) {
	s := storeBank(t)
	_, b := clashed(t, s) // its last step: the autosave finds the change
	b.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" {
		t.Fatalf("a ctrl+s pressed as the warning came wrote over the change: %+v", got)
	}
	if !strings.Contains(b.View(), "ctrl+s saves it over that change") {
		t.Fatalf("the form does not say it again:\n%s", b.View())
	}
}
