package practice

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestFocusCards finds the cards of a focus by its words in the question
// and by the tags it names.
func TestFocusCards(t *testing.T) {
	cards := []journal.Card{
		{Number: 1, Question: "What are your salary expectations?"},
		{Number: 2, Question: "Why are you leaving?", Tags: []string{"Salary"}},
		{Number: 3, Question: "Tell me about a conflict", Tags: []string{"go"}},
		{Number: 4, Question: "Pause before answering this one"},
	}
	got := FocusCards(cards, "Get better at salary questions")
	if len(got) != 1 || got[0].Number != 2 {
		t.Fatalf("by tag: %+v", got)
	}
	if got := FocusCards(cards, "salary"); len(got) != 2 {
		t.Fatalf("by question and tag: %+v", got)
	}
	if got := FocusCards(cards, " Pause before answering "); len(got) != 1 || got[0].Number != 4 {
		t.Fatalf("by question: %+v", got)
	}
	if got := FocusCards(cards, "Say less, go slower"); len(got) != 0 {
		t.Fatalf("a two-letter tag matched: %+v", got)
	}
	if FocusCards(cards, "  ") != nil {
		t.Fatal("an empty focus matched cards")
	}
}

// TestPractised counts the cards practised within the days given, ends
// included.
func TestPractised(t *testing.T) {
	d := journal.NewDate
	cards := []journal.Card{
		{Reviews: []journal.CardReview{{Day: d(2026, 3, 7), Grade: 3}, {Day: d(2026, 3, 8), Grade: 1}, {Day: d(2026, 3, 14), Grade: 3}}},
		{Reviews: []journal.CardReview{{Day: d(2026, 3, 6), Grade: 3}}},
		{Reviews: []journal.CardReview{{Day: d(2026, 3, 15), Grade: 4}}},
	}
	n, times := Practised(cards, d(2026, 3, 8), d(2026, 3, 14))
	if n != 1 || times != 2 {
		t.Fatalf("got %d cards, %d times", n, times)
	}
}
