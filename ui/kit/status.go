package kit

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
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

// StatusLines is the most lines a message takes on a screen of the given
// height: three, or a quarter of a taller screen.
func StatusLines(height int) int { return max(3, height/4) }

// Wrapped draws the message wrapped to width, in at most most lines, the
// last cut short with an ellipsis when more would follow, or "" for none.
// A message is often a sentence and then what to do; cut to one line, the
// keys it names were lost on a narrow window.
func (l *StatusLine) Wrapped(st Styles, width, most int) string {
	s := l.View(st)
	if s == "" || width < 2 {
		return s
	}
	lines := strings.Split(ansi.Wrap(s, width, ""), "\n")
	if most > 0 && len(lines) > most {
		lines = lines[:most]
		last := &lines[most-1]
		*last = ansi.Truncate(*last, width-1, "") + "…"
	}
	return strings.Join(lines, "\n")
}

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
