package kit

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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
