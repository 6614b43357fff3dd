package kit

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Paint is a style reduced to the escape sequences around its text, for the
// rows of the list: styling a row with lipgloss measures every character,
// which costs more than filtering the journal. Only styles without width,
// padding, margins or borders may be reduced so.
type Paint struct{ open, close string }

// NewPaint reduces an inline style to the sequences it wraps text in.
func NewPaint(s lipgloss.Style) Paint {
	const probe = "x" // no escape sequence holds an x
	r := s.Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return Paint{}
	}
	return Paint{open: r[:i], close: r[i+len(probe):]}
}

// On wraps text in the style's sequences.
func (p Paint) On(text string) string {
	if text == "" || p.open == "" {
		return text
	}
	return p.open + text + p.close
}

// cellWidth returns how many cells s takes, counting bytes for ASCII text.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// Fit cuts plain text to width cells, ending with an ellipsis when cut, and
// returns it with its width.
func Fit(s string, width int) (string, int) {
	if w := cellWidth(s); w <= width {
		return s, w
	}
	if width <= 0 {
		return "", 0
	}
	out := ansi.Truncate(s, width-1, "") + "…"
	return out, cellWidth(out)
}

// PadRight cuts or pads plain text to exactly width cells.
func PadRight(s string, width int) string {
	s, w := Fit(s, width)
	if w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}
