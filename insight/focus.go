package insight

import "strings"

// Where a suggested focus comes from.
const (
	FocusFromLesson = "lesson" // a lesson written down after several interviews
	FocusFromTheme  = "theme"  // a curveball topic that keeps coming back
)

// FocusSuggestion is a focus for the coming week drawn from the patterns.
// The zero value means there is nothing to suggest yet.
type FocusSuggestion struct {
	// Text is the focus as offered to the user, ready to edit.
	Text string
	// Source is FocusFromLesson or FocusFromTheme.
	Source string
	// Label is the lesson or theme it comes from.
	Label string
	// Count is how many interviews the lesson or theme came up in.
	Count int
}

// SuggestFocus picks the strongest pattern as next week's focus: the
// lesson or theme met in the most interviews. A lesson wins a tie, because
// it is already the user's own words about what to do, while a theme only
// names where they stumble.
func SuggestFocus(p Patterns) FocusSuggestion {
	var lesson *Lesson
	if len(p.Lessons) > 0 {
		lesson = &p.Lessons[0]
	}
	var theme *Theme
	if len(p.Themes) > 0 {
		theme = &p.Themes[0]
	}
	switch {
	case lesson != nil && (theme == nil || lesson.Count >= theme.Count):
		label := strings.TrimSpace(lesson.Label)
		return FocusSuggestion{Text: label, Source: FocusFromLesson, Label: label, Count: lesson.Count}
	case theme != nil:
		label := strings.TrimSpace(theme.Label)
		return FocusSuggestion{Text: "Prepare for questions on “" + label + "”", Source: FocusFromTheme, Label: label, Count: theme.Count}
	}
	return FocusSuggestion{}
}
