package kit

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/safetext"
)

// LayoutBody puts the footer on the last lines of the screen, cutting the
// body when the window is short.
func LayoutBody(body, footer string, height int) string {
	bodyLines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	footLines := strings.Split(footer, "\n")
	room := height - len(footLines)
	if room < 1 {
		room = 1
	}
	if len(bodyLines) > room {
		bodyLines = bodyLines[:room]
	}
	for len(bodyLines) < room {
		bodyLines = append(bodyLines, "")
	}
	return strings.Join(append(bodyLines, footLines...), "\n")
}

// Truncate cuts s to width cells, ending with an ellipsis when cut.
func Truncate(s string, width int) string {
	if lipgloss.Width(s) <= width {
		return s
	}
	if width <= 1 {
		return strings.Repeat("…", max(0, width))
	}
	// One pass: a long answer cut to a row on every frame must cost its
	// length, not its length squared.
	return ansi.Truncate(s, width, "…")
}

// VisibleRange returns the range of rows to draw so that the selected row is
// visible, for a list of n rows with room for size of them.
func VisibleRange(n, selected, size int) (start, end int) {
	if n <= size {
		return 0, n
	}
	size = max(1, size-1) // one row says how many are hidden
	start = min(max(0, selected-size/2), n-size)
	return start, start + size
}

// SpreadLine puts left and right on one line of width cells.
func SpreadLine(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// AskAbout draws a question about something named, "before" name "after",
// in width cells, cutting the name short rather than the words after it,
// which say what the keys do; on a window too narrow for even a few
// letters of the name, the name is only "…". Only the start of a long
// name is read.
func AskAbout(before, name, after string, width int) string {
	room := width - lipgloss.Width(before) - lipgloss.Width(after)
	if room < 4 {
		return Truncate(before+"…"+after, width)
	}
	return before + Truncate(safetext.Line(nameStart(name, room)), room) + after
}

// nameStart is as much of name as a row of width cells can show, at most:
// a few bytes a cell, cut at the start of a rune.
func nameStart(name string, width int) string {
	n := 4 * (width + 1)
	if len(name) <= n {
		return name
	}
	for n > 0 && !utf8.RuneStart(name[n]) {
		n--
	}
	return name[:n] + "…"
}
