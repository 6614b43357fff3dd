package journal

import (
	"strings"
	"unicode/utf8"
)

// MessageWidth is the longest line, in characters, of a drafted message, so
// that it reads well in any mail program and in a terminal.
const MessageWidth = 78

// wrapMessage breaks every line of s longer than width at spaces, keeping
// the line's own indentation. A line that starts with "- " continues under
// its text. A single word longer than width (a link, say) is left whole.
func wrapMessage(s string, width int) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if utf8.RuneCountInString(line) <= width {
			b.WriteString(line)
			continue
		}
		lead := line[:len(line)-len(strings.TrimLeft(line, " "))]
		indent := lead
		if strings.HasPrefix(line[len(lead):], "- ") {
			indent += "  "
		}
		b.WriteString(lead)
		wrapWords(&b, strings.Fields(line), indent, width, utf8.RuneCountInString(lead))
	}
	return b.String()
}

// wrapWords writes words separated by spaces, starting a new line with
// indent whenever the next word would pass width; n is the length of the
// line written so far.
func wrapWords(b *strings.Builder, words []string, indent string, width, n int) {
	for i, w := range words {
		wl := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case n+1+wl > width:
			b.WriteString("\n" + indent)
			n = utf8.RuneCountInString(indent)
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += wl
	}
}
