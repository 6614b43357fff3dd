package practice

import (
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// OfTheme keeps the cards with theme among their tags or in their
// question, without case; all of them when theme is empty.
func OfTheme(cards []journal.Card, theme string) []journal.Card {
	theme = strings.ToLower(strings.TrimSpace(theme))
	if theme == "" {
		return cards
	}
	var out []journal.Card
	for _, c := range cards {
		if matchesTheme(c, theme) {
			out = append(out, c)
		}
	}
	return out
}

// matchesTheme reports whether theme, trimmed and lower-cased, is among
// c's tags or in its question.
func matchesTheme(c journal.Card, theme string) bool {
	return strings.Contains(strings.ToLower(c.Question), theme) ||
		slices.ContainsFunc(c.Tags, func(t string) bool { return strings.EqualFold(strings.TrimSpace(t), theme) })
}
