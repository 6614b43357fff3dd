package journal_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestMergeStory(t *testing.T) {
	base := journal.Story{ID: 1, Title: "The outage", Situation: "Payments down", Themes: []string{"pressure"}}
	theirs := base
	theirs.Situation = "Payments down on Black Friday"
	theirs.UpdatedAt = theirs.UpdatedAt.Add(1)

	t.Run("OK", func(t *testing.T) {
		mine := base
		mine.Task = "Get them back"
		mine.Themes = []string{"pressure", "failure"}
		got, clashes := journal.MergeStory(base, mine, theirs)
		if len(clashes) != 0 || got.Situation != theirs.Situation || got.Task != "Get them back" ||
			!slices.Equal(got.Themes, mine.Themes) || !got.UpdatedAt.Equal(theirs.UpdatedAt) {
			t.Fatalf("merged %+v, clashes %v", got, clashes)
		}
	})
	t.Run("SameChange", func(t *testing.T) {
		mine := theirs
		if _, clashes := journal.MergeStory(base, mine, theirs); len(clashes) != 0 {
			t.Fatalf("clashes %v", clashes)
		}
	})
	t.Run("Clash", func(t *testing.T) {
		mine := base
		mine.Situation = "The payments service fell over"
		got, clashes := journal.MergeStory(base, mine, theirs)
		if !slices.Equal(clashes, []string{"situation"}) || got.Situation != mine.Situation {
			t.Fatalf("merged %+v, clashes %v", got, clashes)
		}
	})
}

func TestUniqueThemes(t *testing.T) {
	got := journal.UniqueThemes([]string{"pressure", "Salary expectations", " pressure ", "PRESSURE", "", "failure"})
	if !slices.Equal(got, []string{"pressure", "Salary expectations", "failure"}) {
		t.Fatalf("themes %q", got)
	}
}

// A story started from a left-out one stays linked to it, whatever its
// title becomes.
func TestStoryStartedFrom(t *testing.T) {
	st := journal.Story{Title: "Renamed", From: "2", Note: "The migration project"}
	if !st.StartedFrom("2", "the migration project") || st.StartedFrom("2", "Renamed") || st.StartedFrom("3", "The migration project") {
		t.Fatal("linked by its title, not its note")
	}
	old := journal.Story{Title: "The migration project", From: "2"}
	if !old.StartedFrom("2", "The migration project") {
		t.Fatal("a story with no note is linked by its title")
	}
	if (journal.Story{Title: "X"}).StartedFrom("", "X") {
		t.Fatal("a story written fresh is linked to no note")
	}
}
