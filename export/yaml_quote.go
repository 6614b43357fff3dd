package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/safetext"
)

// yamlQuote returns s as a YAML double-quoted scalar that holds exactly s.
// Every line break and control character is escaped, so the value stays on
// one line and nothing in it (a colon, a leading dash, "---", a "#") can
// change the structure of the front matter. Only escapes that YAML and Go
// string literals share are used, which keeps the output easy to check.
func yamlQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(r))
		case needsUnicodeEscape(r):
			b.WriteString(`\u`)
			b.WriteString(hex4String(r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// needsUnicodeEscape reports whether r is outside YAML's printable set or is
// a line break in some YAML version (NEL, the Unicode line and paragraph
// separators), a byte order mark that a parser might strip, or a
// bidirectional control, which would reorder the line it is on for a
// person reading the file.
func needsUnicodeEscape(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f, r == 0x2028, r == 0x2029, r == 0xfeff, safetext.IsBidiControl(r):
		return true
	case r == utf8.RuneError:
		// Either a real U+FFFD or a byte that is not UTF-8; both are
		// written as the replacement character, escaped so it is visible.
		return true
	case r >= 0xfffe && r <= 0xffff:
		return true
	}
	return false
}

func hex2(r rune) string {
	s := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 2-len(s)) + s
}

func hex4String(r rune) string {
	s := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 4-len(s)) + s
}

// yamlList returns items as a YAML flow sequence of quoted scalars.
func yamlList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = yamlQuote(s)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}
