package safetext

import "unicode/utf8"

// clean returns s cleaned for display, given that the first safe bytes of s
// (as measured by safeLen) need no change. It reads each byte at most twice
// (once here, once when a sequence is skipped or found to be none), so it
// runs in linear time.
func clean(s string, safe int, oneLine bool) string {
	k := sink{oneLine: oneLine}
	k.b.Grow(len(s))
	prefix := s[:safe]
	if oneLine && len(prefix) > 0 && prefix[len(prefix)-1] == ' ' {
		// Whether this space survives depends on what follows it.
		prefix = prefix[:len(prefix)-1]
		k.text(prefix)
		k.space()
	} else {
		k.text(prefix)
	}

	for i := safe; i < len(s); {
		c := s[i]
		if c > ' ' && c < del {
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < del {
				j++
			}
			k.text(s[i:j])
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i = cleanASCII(&k, s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			k.text(replacement)
		case isLineBreakRune(r):
			k.lineBreak()
		case isC1(r), isBidiControl(r):
			// Dropped alone. A C1 control could start a sequence, but stored
			// text holds one far more often as a misread curly quote or dash
			// (U+009D is the last byte of "”" read as Latin-1), so the text
			// after it is kept; without its introducer it is inert. A bidi
			// control would reorder the text around it.
		default:
			k.text(s[i : i+size])
		}
		i += size
	}
	return k.String()
}

// cleanASCII handles the blank or control byte at s[i] and returns the index
// of the next byte to look at.
func cleanASCII(k *sink, s string, i int) int {
	switch s[i] {
	case ' ':
		k.space()
	case '\t':
		k.tab()
	case '\n', '\v', '\f':
		k.lineBreak()
	case '\r':
		// CR LF is one break; a lone CR is a break too, so text after it is
		// shown on its own line instead of over the text before it.
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 1
		}
		k.lineBreak()
	case esc:
		return skipEscape(s, i+1)
	}
	// Any other C0 control and DEL is dropped.
	return i + 1
}
