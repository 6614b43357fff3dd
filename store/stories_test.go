package store_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// storiesJournal holds interview 1, with its card 1/1, and one story.
func storiesJournal(t *testing.T) (*store.Store, journal.Story) {
	t.Helper()
	s, _ := openCards(t)
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	st := journal.Story{Title: "The outage", Situation: "Payments down"}
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	return s, st
}

func storyOf(t *testing.T, s *store.Store, id uint64) journal.Story {
	t.Helper()
	st, err := s.Story(id)
	if err != nil {
		t.Fatalf("story %d: %v", id, err)
	}
	return st
}

// Two debriefs open the same story: the second save, made from the story
// as it was before the first, is refused rather than written over it,
// even on a clock that has not moved between the two.
func TestSaveStoryRefusesAStaleVersion(t *testing.T) {
	s, st := storiesJournal(t)
	a, b := st, st
	a.Situation = "Payments down on Black Friday"
	if err := s.SaveStory(&a); err != nil {
		t.Fatal(err)
	}
	b.Task = "Get them back"
	err := s.SaveStory(&b)
	if !errors.Is(err, journal.ErrStoryChanged) || b.Task != "Get them back" || !b.UpdatedAt.Equal(st.UpdatedAt) {
		t.Fatalf("a stale save: %v, left as %+v", err, b)
	}
	if got := storyOf(t, s, st.ID); got.Situation != a.Situation || got.Task != "" {
		t.Fatalf("stored %+v", got)
	}
	// Merged with what is stored now, it saves.
	merged, clashes := journal.MergeStory(st, b, storyOf(t, s, st.ID))
	if len(clashes) != 0 {
		t.Fatalf("clashes %v", clashes)
	}
	if err := s.SaveStory(&merged); err != nil {
		t.Fatal(err)
	}
	if got := storyOf(t, s, st.ID); got.Situation != a.Situation || got.Task != "Get them back" {
		t.Fatalf("stored %+v", got)
	}
}

// A story started from a left-out one is not started twice, however its
// title changed since, and whatever the list the caller read.
func TestSaveStoryStartsALeftOutStoryOnce(t *testing.T) {
	s, _ := storiesJournal(t)
	first := journal.Story{Title: "The migration project", From: "1", Note: "The migration project"}
	if err := s.SaveStory(&first); err != nil {
		t.Fatal(err)
	}
	first.Title = "Renamed"
	if err := s.SaveStory(&first); err != nil {
		t.Fatal(err)
	}
	again := journal.Story{Title: "the migration project", From: "1", Note: "the migration project"}
	if err := s.SaveStory(&again); !errors.Is(err, journal.ErrStoryStarted) || again.ID != 0 {
		t.Fatalf("started twice: %v, id %d", err, again.ID)
	}
	// One noted before notes were kept: its title stands for the note.
	old := journal.Story{Title: "Mentoring", From: "1"}
	if err := s.SaveStory(&old); err != nil {
		t.Fatal(err)
	}
	dup := journal.Story{Title: "Mentoring", From: "1", Note: "Mentoring"}
	if err := s.SaveStory(&dup); !errors.Is(err, journal.ErrStoryStarted) {
		t.Fatalf("started twice: %v", err)
	}
	// The same note of another interview is another story.
	other := journal.Story{Title: "Mentoring", From: "2", Note: "Mentoring"}
	if err := s.SaveStory(&other); err != nil {
		t.Fatal(err)
	}
	if stories, _ := s.Stories(); len(stories) != 4 {
		t.Fatalf("%d stories, want 4", len(stories))
	}
}

// A card the journal does not have is refused, and nothing is saved.
func TestSaveStoryRefusesUnknownCards(t *testing.T) {
	s, st := storiesJournal(t)
	for _, ref := range []string{"99/9", "1/7", "1/2"} {
		bad := journal.Story{Title: "X", Cards: []string{"1/1", ref}}
		if err := s.SaveStory(&bad); journal.ErrorCode(err) != journal.ENotFound || bad.ID != 0 {
			t.Fatalf("card %s: %v, id %d", ref, err, bad.ID)
		}
	}
	bad := journal.Story{Title: "X", Cards: []string{"one/1"}}
	if err := s.SaveStory(&bad); journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("a card that is no reference: %v", err)
	}
	edit := st
	edit.Cards = []string{"5/1"}
	if err := s.SaveStory(&edit); journal.ErrorCode(err) != journal.ENotFound {
		t.Fatalf("an edit naming a missing card: %v", err)
	}
	if stories, _ := s.Stories(); len(stories) != 1 || len(stories[0].Cards) != 0 {
		t.Fatalf("stories %+v", stories)
	}
	// A card named before its interview was deleted lets the story save.
	edit = st
	edit.Cards = []string{"1/1"}
	if err := s.SaveStory(&edit); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DeleteInterview(1); err != nil {
		t.Fatal(err)
	}
	edit.Result = "Back in 40 minutes"
	if err := s.SaveStory(&edit); err != nil {
		t.Fatalf("a card named before: %v", err)
	}
}

// Themes and cards are each kept once.
func TestSaveStoryKeepsEachThemeOnce(t *testing.T) {
	s, _ := storiesJournal(t)
	st := journal.Story{Title: "X", Themes: []string{"pressure", "Salary expectations", " pressure", "Pressure", ""}, Cards: []string{"1/1", "1/1"}}
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	got := storyOf(t, s, st.ID)
	if !slices.Equal(got.Themes, []string{"pressure", "Salary expectations"}) || !slices.Equal(got.Cards, []string{"1/1"}) {
		t.Fatalf("themes %q, cards %q", got.Themes, got.Cards)
	}
}
