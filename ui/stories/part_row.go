package stories

import (
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui/kit"
)

// rowBytesPerCell bounds how much of a text its row reads first, per cell
// of the row: far more than any text of letters, spaces and emoji needs.
// A part of many kilobytes is drawn on every key typed in another part, so
// its row must cost what the row shows, not what the part holds.
const rowBytesPerCell = 8

// partRow is text laid out on one line and cut to width cells, ending with
// an ellipsis when cut: the row of a part the input is not on, or of a
// story on the list. It costs what the row shows, not what text holds.
func partRow(text string, width int) string {
	if n := rowBytesPerCell * (width + 1); len(text) > n {
		head := text[:runeStart(text, n)]
		if line := safetext.Line(head); lipgloss.Width(line) > width {
			// The rest of the text lies past the cut, whatever it holds.
			return kit.Truncate(line, width)
		}
	}
	return kit.Truncate(safetext.Line(text), width)
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
