package safetext

import "unicode/utf8"

// tabSpaces is what a tab becomes in [Text]: four spaces, the width lipgloss
// gives a tab by default. A raw tab is unsafe for layout rather than for the
// terminal: the Bubble Tea renderer drops it and width measurement counts it
// as zero columns, so columns would drift.
const tabSpaces = "    "

// Text returns s made safe to show on a terminal. It keeps newlines (every
// kind of line break becomes "\n"), turns each tab into four spaces, removes
// escape sequences, control characters and bidirectional controls, and
// replaces each invalid UTF-8 byte with U+FFFD. When s is already safe, Text
// returns s itself without allocating.
func Text(s string) string {
	n := safeLen(s, false)
	if n == len(s) {
		return s
	}
	return clean(s, n, false)
}

// Line returns s made safe as [Text] does and laid out on a single line: line
// breaks, tabs and spaces collapse into one space between words, and none are
// left at either end. It suits titles, list rows and status messages.
func Line(s string) string {
	n := safeLen(s, true)
	if n == len(s) && (n == 0 || s[n-1] != ' ') {
		return s
	}
	return clean(s, n, true)
}

// IsClean reports whether s would come out of [Text] unchanged, so a caller
// can skip work for the common case of plain text.
func IsClean(s string) bool {
	return safeLen(s, false) == len(s)
}

// safeLen returns the length of the longest prefix of s that cleaning would
// copy unchanged, so the cleaner can start from there. For one-line output the
// prefix also holds no line break, no leading space and no double space; a
// trailing space is the caller's to handle, since only the rest of s decides
// whether it stays.
func safeLen(s string, oneLine bool) int {
	for i := 0; i < len(s); {
		// Most text is printable ASCII: get through it with one test a byte.
		for i < len(s) && s[i] > ' ' && s[i] < del {
			i++
		}
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case c == ' ':
			if oneLine && (i == 0 || s[i-1] == ' ') {
				return i
			}
			i++
		case c == '\n' && !oneLine:
			i++
		case c < utf8.RuneSelf:
			return i // A control character or DEL.
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || isC1(r) || isBidiControl(r) || isLineBreakRune(r) {
				return i
			}
			i += size
		}
	}
	return len(s)
}
