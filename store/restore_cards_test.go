package store_test

import (
	"testing"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
)

// TestUndoneDeletionKeepsTheCards deletes an interview whose card was
// sharpened and graded, then undoes the deletion: the card is back as it
// was, not made afresh from the curveball.
func TestUndoneDeletionKeepsTheCards(t *testing.T) {
	s, _ := openCards(t)
	today := journal.DateOf(cardNow)
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Cards(); err != nil {
		t.Fatal(err)
	}
	before, err := s.ChangeCard(1, 1, func(c *journal.Card) error {
		c.Answer = "Sharpened: a range from the market, then my number"
		practice.Grade(c, fsrs.Good, today)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	deleted, err := s.DeleteInterview(1)
	if err != nil {
		t.Fatal(err)
	}
	if cards, _ := s.Cards(); len(cards) != 0 {
		t.Fatalf("the deleted interview's cards remain: %+v", cards)
	}
	if err := s.RestoreInterview(deleted); err != nil {
		t.Fatal(err)
	}
	cards, err := s.Cards()
	if err != nil || len(cards) != 1 {
		t.Fatalf("cards after the undo: %+v, %v", cards, err)
	}
	got := cards[0]
	if got.Answer != before.Answer || got.Due != before.Due || len(got.Reviews) != len(before.Reviews) || len(got.Reviews) == 0 {
		t.Fatalf("the card came back as %+v, want %+v", got, *before)
	}
	if n, _ := s.CountDueCards(today.AddDays(30)); n != 1 {
		t.Fatalf("%d cards due in a month, want the restored one", n)
	}
}
