package kit

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Hang wraps text to width with a hanging indent: the first line starts with
// first, the others with rest, and the text takes what rest leaves of the
// width. rest is plain spaces; first may be styled but should be as wide.
func Hang(text string, width int, first, rest string) string {
	lines := strings.Split(ansi.Wrap(text, max(10, width-len(rest)), ""), "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = first + l
		} else {
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}
