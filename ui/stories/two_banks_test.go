package stories

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// storeBank is a journal on disk whose interview 1 notes two left-out
// stories, with one story in its bank.
func storeBank(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = uitest.Now
	iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: today, Stage: journal.StageFirst,
		ShouldHaveTold: []string{"The migration project", "Mentoring the new hire"},
		Outcome:        journal.Outcome{Status: journal.StatusPending}}
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStory(&journal.Story{Title: "The outage", Situation: "Payments down"}); err != nil {
		t.Fatal(err)
	}
	return s
}

// bankOn opens the story bank on s, as a debrief in its own terminal.
func bankOn(t *testing.T, s *store.Store) *model {
	t.Helper()
	ctx := uitest.NewContext(s)
	ctx.Practice = s
	ctx.Width, ctx.Height = 100, 30
	host, d := uitest.Start(t, ctx, New(ctx))
	return &model{Host: host, d: d}
}

func storedStory(t *testing.T, s *store.Store, id uint64) journal.Story {
	t.Helper()
	st, err := s.Story(id)
	if err != nil {
		t.Fatalf("story %d: %v", id, err)
	}
	return st
}

// Two banks open the same story: A writes its situation and saves, then
// B its task. Both edits are kept.
func TestTwoBanksMergeEditsOfDifferentParts(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab", "tab")
	a.d.Type(" on Black Friday")
	a.press("ctrl+s")
	b.d.Type("Get them back")
	b.press("ctrl+s")
	if v := b.View(); !strings.Contains(v, "Story saved.") {
		t.Fatalf("B's save:\n%s", v)
	}
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "Get them back" {
		t.Fatalf("stored %+v", got)
	}
}

// When both change the same part, the second save is refused, keeps what
// was typed on screen, and a second ctrl+s saves it over the other.
func TestTwoBanksRefuseAClash(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab")
	a.d.Type(" on Black Friday")
	a.press("ctrl+s")
	b.d.Type(" for an hour")
	b.press("ctrl+s")
	v := b.View()
	if !strings.Contains(v, "Not saved: another debrief changed “Situation”") || !strings.Contains(v, "Payments down for an hour") {
		t.Fatalf("B's save:\n%s", v)
	}
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" {
		t.Fatalf("stored %+v", got)
	}
	// A ctrl+s at once, as the refusal shows, is not an answer to it.
	b.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" {
		t.Fatalf("a second ctrl+s as the refusal came saved over it: %+v", got)
	}
	b.d.Fire() // a second on
	b.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Situation != "Payments down for an hour" || !strings.Contains(b.View(), "Story saved.") {
		t.Fatalf("saved over on purpose: %+v\n%s", got, b.View())
	}
}

// A story deleted in another bank while open is saved as a new one.
func TestTwoBanksStoryDeletedMeanwhile(t *testing.T) {
	s := storeBank(t)
	b := bankOn(t, s)
	b.press("enter", "tab", "tab")
	b.d.Type("Get them back")
	if _, err := s.DeleteStory(1); err != nil {
		t.Fatal(err)
	}
	b.press("ctrl+s")
	if v := b.View(); !strings.Contains(v, "deleted this story meanwhile") || !strings.Contains(v, "Get them back") {
		t.Fatalf("B's save:\n%s", v)
	}
	b.press("ctrl+s")
	stories, _ := s.Stories()
	if len(stories) != 1 || stories[0].Task != "Get them back" || stories[0].Title != "The outage" {
		t.Fatalf("stories %+v", stories)
	}
}

// Left-out stories started in another debrief after the bank opened are
// not started twice.
func TestTwoBanksStartLeftOutOnce(t *testing.T) {
	s := storeBank(t)
	a := bankOn(t, s)
	if v := a.View(); !strings.Contains(v, "2 stories you noted you left out") {
		t.Fatalf("no offer:\n%s", v)
	}
	b := bankOn(t, s)
	b.press("f")
	a.press("f")
	if stories, _ := s.Stories(); len(stories) != 3 {
		t.Fatalf("%d stories, want 3: %+v", len(stories), stories)
	}
	if v := a.View(); !strings.Contains(v, "in the bank already") || strings.Contains(v, "f to start") {
		t.Fatalf("A after f:\n%s", v)
	}
}

// A story started from a left-out one, renamed, stays linked to it: the
// bank does not offer to start it again.
func TestRenamedStoryStaysLinkedToItsNote(t *testing.T) {
	s := storeBank(t)
	a := bankOn(t, s)
	a.press("f")
	// Rename the one started from "The migration project".
	a.press("down", "enter")
	if v := a.View(); !strings.Contains(v, "The migration project") {
		t.Fatalf("not the migration story:\n%s", v)
	}
	for range len("The migration project") {
		a.press("backspace")
	}
	a.d.Type("Renamed")
	a.press("ctrl+s")
	if got := storedStory(t, s, 2); got.Title != "Renamed" {
		t.Fatalf("stored %+v", got)
	}
	if v := a.View(); strings.Contains(v, "left out") {
		t.Fatalf("the renamed story counts as left out again:\n%s", v)
	}
	c := bankOn(t, s)
	if v := c.View(); strings.Contains(v, "left out") {
		t.Fatalf("a new bank counts the renamed story as left out:\n%s", v)
	}
}
