package stories

import (
	"strings"
	"testing"
)

// Two banks keep edits of different parts of one story as they type:
// each tick merges with the other's, the form shows the other's part,
// and dropping one bank's changes leaves the other's.
func TestTwoBanksKeepMergesAndDropKeepsTheOther(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab", "tab")
	a.d.Type(" on Black Friday")
	a.d.Fire()
	b.d.Type("Get them back")
	b.d.Fire()
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "Get them back" {
		t.Fatalf("stored %+v", got)
	}
	if v := b.View(); !strings.Contains(v, "Situation: Payments down on Black Friday") {
		t.Fatalf("B does not show A's situation:\n%s", v)
	}
	b.press("esc", "esc")
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "" {
		t.Fatalf("after B dropped, stored %+v", got)
	}
	a.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "" {
		t.Fatalf("after A saved, stored %+v", got)
	}
}

// When both banks change the same part, a tick does not write over the
// other's text: the story keeps it, the form keeps what was typed, later
// ticks leave that part alone, and ctrl+s saves it over on purpose.
func TestTwoBanksKeepHoldsAClash(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab")
	a.d.Type(" on Black Friday")
	a.press("ctrl+s")
	b.d.Type(" for an hour")
	b.press("tab")
	b.d.Type("Get them back")
	b.d.Fire()
	got := storedStory(t, s, 1)
	if got.Situation != "Payments down on Black Friday" || got.Task != "Get them back" {
		t.Fatalf("stored %+v", got)
	}
	if v := b.View(); !strings.Contains(v, "Payments down for an hour") || !strings.Contains(v, "changed “Situation”") {
		t.Fatalf("B after the clash:\n%s", v)
	}
	b.d.Type(" fast")
	b.d.Fire()
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "Get them back fast" {
		t.Fatalf("a later tick: %+v", got)
	}
	if _, ok := b.keep(t); ok {
		t.Fatal("keep with the clash kept apart: there should be nothing left to keep")
	}
	b.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Situation != "Payments down for an hour" || !strings.Contains(b.View(), "Story saved.") {
		t.Fatalf("saved over on purpose: %+v\n%s", got, b.View())
	}
}

// Dropping after a tick leaves a part another debrief changed since the
// tick as it wrote it, and says so.
func TestTwoBanksDropKeepsALaterChange(t *testing.T) {
	s := storeBank(t)
	a := bankOn(t, s)
	a.press("enter", "tab")
	a.d.Type(" on Black Friday")
	a.press("tab")
	a.d.Type("Get them back")
	a.d.Fire()
	b := bankOn(t, s)
	b.press("enter", "tab")
	b.press("ctrl+u")
	b.d.Type("Checkout failing")
	b.press("ctrl+s")
	a.press("esc", "esc")
	got := storedStory(t, s, 1)
	if got.Situation != "Checkout failing" || got.Task != "" {
		t.Fatalf("stored %+v", got)
	}
	if v := a.View(); !strings.Contains(v, "change to “Situation” is kept") {
		t.Fatalf("A after the drop:\n%s", v)
	}
}

// A story deleted in another bank while typed in is kept as a new one,
// and a drop takes that out again.
func TestTwoBanksKeepAfterADelete(t *testing.T) {
	s := storeBank(t)
	a := bankOn(t, s)
	a.press("enter", "tab", "tab")
	a.d.Type("Get them back")
	if _, err := s.DeleteStory(1); err != nil {
		t.Fatal(err)
	}
	a.d.Fire()
	stories, _ := s.Stories()
	if len(stories) != 1 || stories[0].Title != "The outage" || stories[0].Task != "Get them back" {
		t.Fatalf("stories %+v", stories)
	}
	if v := a.View(); !strings.Contains(v, "deleted this story while you wrote") {
		t.Fatalf("A:\n%s", v)
	}
	a.press("esc", "esc")
	if stories, _ := s.Stories(); len(stories) != 0 {
		t.Fatalf("the dropped story stays: %+v", stories)
	}
}

// A story started in one bank and changed in another before it is
// dropped stays in the bank.
func TestTwoBanksDropLeavesANewStoryChangedElsewhere(t *testing.T) {
	s := storeBank(t)
	a := bankOn(t, s)
	a.press("n")
	a.d.Type("Salary talk")
	a.d.Fire()
	st := storedStory(t, s, 2)
	st.Situation = "Offer on the table"
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	a.press("esc", "esc")
	if got := storedStory(t, s, 2); got.Situation != "Offer on the table" || !strings.Contains(a.View(), "stays in the bank") {
		t.Fatalf("stored %+v\n%s", got, a.View())
	}
}

// When ctrl+s is stopped by a clash, the parts that do not clash are
// kept a tick later all the same.
func TestTwoBanksRefusedSaveKeepsTheRestATickLater(t *testing.T) {
	s := storeBank(t)
	a, b := bankOn(t, s), bankOn(t, s)
	a.press("enter", "tab")
	b.press("enter", "tab")
	a.d.Type(" on Black Friday")
	a.press("ctrl+s")
	b.d.Type(" for an hour")
	b.press("tab")
	b.d.Type("Get them back")
	b.press("ctrl+s")
	if got := storedStory(t, s, 1); got.Task != "" || !strings.Contains(b.View(), "Not saved") {
		t.Fatalf("a refused save wrote %+v\n%s", got, b.View())
	}
	b.d.Fire()
	if got := storedStory(t, s, 1); got.Situation != "Payments down on Black Friday" || got.Task != "Get them back" {
		t.Fatalf("a tick after: %+v", got)
	}
}
