package practice

import (
	"cmp"
	"slices"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
)

// Grade records a practice of c graded g on today and schedules the card
// for when it is about to be forgotten. A second practice on the same day
// counts as a short-term review (a session shows a card graded again once
// more before it ends).
func Grade(c *journal.Card, g fsrs.Grade, today journal.Date) {
	m := fsrs.Memory{Stability: c.Stability, Difficulty: c.Difficulty}
	elapsed := 0.0
	if last := c.LastReview(); !m.New() && !last.IsZero() {
		elapsed = float64(max(last.DaysUntil(today), 0))
	}
	m = fsrs.Default.Review(m, elapsed, g)
	c.Stability, c.Difficulty = m.Stability, m.Difficulty
	c.Due = today.AddDays(fsrs.Default.Interval(m.Stability))
	c.Reviews = append(c.Reviews, journal.CardReview{Day: today, Grade: int(g)})
	if len(c.Reviews) > journal.MaxCardReviews {
		c.Reviews = c.Reviews[len(c.Reviews)-journal.MaxCardReviews:]
	}
}

// DueCards returns the cards up for practice on today, those due longest
// ago first, then by interview and number.
func DueCards(cards []journal.Card, today journal.Date) []journal.Card {
	var out []journal.Card
	for _, c := range cards {
		if c.DueOn(today) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, Compare)
	return out
}

// Compare orders cards by due day, then interview, then number.
func Compare(a, b journal.Card) int {
	return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.InterviewID, b.InterviewID), cmp.Compare(a.Number, b.Number))
}
