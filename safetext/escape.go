package safetext

// The skip functions below each take the index just past a sequence's
// introducer and return the index just past the whole sequence. They follow
// the shape of ECMA-48 closely enough to remove what a terminal would act on,
// but they never remove text a sequence does not really hold: a control
// string (OSC, DCS, SOS, PM, APC) is removed only when its terminator comes
// before the end of its line. Otherwise only its ESC is dropped and what
// follows is shown as the plain text it has become. When a byte that cannot
// belong to a sequence turns up (a control, ESC, or a non-ASCII character),
// the sequence ends before it and that byte is cleaned on its own, so a
// sequence never swallows a following ESC.

// skipEscape skips the sequence that follows an ESC at s[i-1].
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i // A lone ESC at the end.
	}
	switch c := s[i]; {
	case c == '[':
		return skipControlSequence(s, i+1)
	case c == ']':
		return skipControlString(s, i, true)
	case c == 'P', c == 'X', c == '^', c == '_':
		// DCS, SOS, PM and APC: strings that only ST ends.
		return skipControlString(s, i, false)
	case c >= 0x20 && c <= 0x2f:
		// Intermediate bytes then one final byte, as in ESC ( B or ESC # 8.
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e:
		// Two-byte sequences such as ESC c, ESC 7, ESC 8 and ESC =.
		return i + 1
	}
	// ESC before a control or a non-ASCII byte: only the ESC goes.
	return i
}

// skipControlSequence skips the parameter and intermediate bytes of a CSI
// sequence and its final byte.
func skipControlSequence(s string, i int) int {
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		case c < 0x20 || c > 0x3f:
			return i // Not part of a CSI sequence: it ends here.
		}
	}
	return i
}

// skipControlString skips an OSC, DCS, SOS, PM or APC string whose
// introducer byte (the "]" of ESC ], for example) is s[i], up to and
// including its terminator: ST (ESC \ or U+009C), or BEL when belEnds is
// set, as terminals accept for OSC. A string that meets another ESC, a line
// break or the end of s first is not taken as one: i is returned, so only
// the ESC before it is dropped and the rest stays as text. A stored "ESC ]"
// with no end can thus never hide the words after it.
func skipControlString(s string, i int, belEnds bool) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case bel:
			if belEnds {
				return j + 1
			}
		case esc:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return i
		case '\n', '\r', '\v', '\f':
			return i
		case 0xc2:
			// U+009C (ST) or U+0085 (NEL), encoded in UTF-8. 0xc2 only ever
			// leads a character, so this cannot match inside another one.
			if j+1 < len(s) && s[j+1] == st {
				return j + 2
			}
			if j+1 < len(s) && s[j+1] == nel {
				return i
			}
		case 0xe2:
			// U+2028 and U+2029, the line and paragraph separators.
			if j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0xa8 || s[j+2] == 0xa9) {
				return i
			}
		}
	}
	return i
}
