package kit

import (
	"time"
)

// StatusTimeout is how long a status line message stays.
const StatusTimeout = 6 * time.Second

// StatusLine is the line that says what just happened. The root owns it and
// changes it; screens read it to draw it.
type StatusLine struct {
	text  string
	isErr bool
	id    int
}

// Text is the message showing, "" for none.
func (l *StatusLine) Text() string { return l.text }

// ID counts the messages shown so far, so a timer clears only its own.
func (l *StatusLine) ID() int { return l.id }

// Set shows a message and returns its ID.
func (l *StatusLine) Set(text string, isErr bool) int {
	l.id++
	l.text, l.isErr = text, isErr
	return l.id
}

// Clear empties the line.
func (l *StatusLine) Clear() { l.text = "" }

// View draws the line, or an empty line.
func (l *StatusLine) View(st Styles) string {
	if l.text == "" {
		return ""
	}
	if l.isErr {
		return st.Error.Render("✗ " + l.text)
	}
	return st.Success.Render(l.text)
}
