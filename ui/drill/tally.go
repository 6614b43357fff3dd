package drill

import (
	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
)

// tally is what the session did, for its summary.
type tally struct {
	grades [5]int // by grade, 1 to 4
	// sharpened holds the cards whose answer was sharpened, each once
	// however often.
	sharpened map[string]bool
	suspended int
	// graded holds each card graded, as last saved, in the order first
	// graded.
	graded []journal.Card
}

// add counts a grade and keeps the card as saved.
func (t *tally) add(c journal.Card, g fsrs.Grade) {
	if g >= fsrs.Again && g <= fsrs.Easy {
		t.grades[g]++
	}
	for i := range t.graded {
		if t.graded[i].Ref() == c.Ref() {
			t.graded[i] = c
			return
		}
	}
	t.graded = append(t.graded, c)
}

// total is how many grades were given.
func (t tally) total() int { return t.grades[1] + t.grades[2] + t.grades[3] + t.grades[4] }

// sharpen counts c as sharpened, once however often.
func (t *tally) sharpen(c journal.Card) {
	if t.sharpened == nil {
		t.sharpened = map[string]bool{}
	}
	t.sharpened[c.Ref()] = true
}
