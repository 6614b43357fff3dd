package practice

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
)

func TestGradeSchedulesByFSRS(t *testing.T) {
	day := journal.NewDate(2026, 3, 14)
	iv := &journal.Interview{ID: 7, Curveballs: []journal.Curveball{
		{Question: "Why leave?", Answer: "rambled"},
		{Question: "What number would you need?", BetterAnswer: "A range, anchored on the market", Tags: []string{"salary"}},
	}}
	cards := journal.NewCards(iv, nil, day.Time(time.UTC))
	if len(cards) != 1 || cards[0].Ref() != "7/1" || cards[0].Due != day || cards[0].Tags[0] != "salary" {
		t.Fatalf("cards %+v", cards)
	}
	// A curveball added before it, and its question reworded: no second
	// card for it, and the new one numbered after.
	iv.Curveballs = append([]journal.Curveball{{Question: "Tell me about a failure", BetterAnswer: "The outage"}}, iv.Curveballs...)
	iv.Curveballs[2].Question = "  what NUMBER would you need? "
	more := journal.NewCards(iv, cards, day.Time(time.UTC))
	if len(more) != 1 || more[0].Ref() != "7/2" || more[0].Question != "Tell me about a failure" {
		t.Fatalf("more cards %+v", more)
	}
	c := cards[0]
	Grade(&c, fsrs.Good, day)
	if c.Due != day.AddDays(3) || len(c.Reviews) != 1 {
		t.Fatalf("after good: due %s, %d reviews", c.Due, len(c.Reviews))
	}
	Grade(&c, fsrs.Good, day.AddDays(3))
	if c.Due != day.AddDays(3+11) {
		t.Fatalf("after two goods: due %s", c.Due)
	}
	Grade(&c, fsrs.Again, day.AddDays(14))
	if c.Due != day.AddDays(14+2) {
		t.Fatalf("after a lapse: due %s", c.Due)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestDueCards(t *testing.T) {
	day := journal.NewDate(2026, 3, 14)
	cards := []journal.Card{
		{InterviewID: 2, Due: day},
		{InterviewID: 1, Due: day.AddDays(1)},
		{InterviewID: 3, Due: day.AddDays(-4)},
		{InterviewID: 4, Due: day.AddDays(-9), Suspended: true},
	}
	due := DueCards(cards, day)
	if len(due) != 2 || due[0].InterviewID != 3 || due[1].InterviewID != 2 {
		t.Fatalf("due %+v", due)
	}
}
