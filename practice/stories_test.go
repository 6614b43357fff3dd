package practice

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestThemesWithoutStory(t *testing.T) {
	stories := []journal.Story{{Title: "The outage", Themes: []string{"Failure", "pressure"}}}
	got := ThemesWithoutStory([]string{"failure", "conflict", "Pressure ", "salary"}, stories)
	if !slices.Equal(got, []string{"conflict", "salary"}) {
		t.Fatalf("gaps %q", got)
	}
}

func TestOverusedStories(t *testing.T) {
	stories := []journal.Story{
		{Title: "The outage", Cards: []string{"12/1", "13/2", "12/3"}},
		{Title: "The migration", Cards: []string{"12/2", "14/1"}},
	}
	got := OverusedStories(stories)
	if len(got) != 1 || got[0].Story.Title != "The outage" || got[0].InterviewID != "12" || !slices.Equal(got[0].Cards, []string{"12/1", "12/3"}) {
		t.Fatalf("overused %+v", got)
	}
}

func TestStoryValidate(t *testing.T) {
	if err := (journal.Story{}).Validate(); err == nil {
		t.Fatal("a story without a title is valid")
	}
	s := journal.Story{Title: "The outage", Situation: "s", Task: "t", Action: "a", Result: "r", Shows: "calm"}
	if err := s.Validate(); err != nil || !s.Complete() {
		t.Fatalf("%v, complete %v", err, s.Complete())
	}
	s.Shows = " "
	if s.Complete() {
		t.Fatal("a story without what it shows is complete")
	}
}
