package practice

import (
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// minFocusTag is the shortest tag that FocusCards looks for in a focus's
// text, so that a tag of one or two letters does not match every focus.
const minFocusTag = 3

// FocusCards keeps the cards that belong to a weekly focus: those OfTheme
// finds with the focus's text, and those with a tag the focus names (a
// focus "Answer salary questions with a range" takes the cards tagged
// "salary"). None when the focus is empty.
func FocusCards(cards []journal.Card, focus string) []journal.Card {
	focus = strings.ToLower(strings.TrimSpace(focus))
	if focus == "" {
		return nil
	}
	var out []journal.Card
	for _, c := range cards {
		if matchesTheme(c, focus) || namesTag(focus, c.Tags) {
			out = append(out, c)
		}
	}
	return out
}

// namesTag reports whether the lower-cased text holds one of tags.
func namesTag(text string, tags []string) bool {
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if len(t) >= minFocusTag && strings.Contains(text, t) {
			return true
		}
	}
	return false
}

// Practised counts how many of cards were practised from from to to, both
// included, and how many practices that made.
func Practised(cards []journal.Card, from, to journal.Date) (cardCount, times int) {
	for _, c := range cards {
		n := 0
		for _, r := range c.Reviews {
			if !r.Day.Before(from) && !r.Day.After(to) {
				n++
			}
		}
		if n > 0 {
			cardCount++
			times += n
		}
	}
	return cardCount, times
}
