package safetext

// The skip functions below each take the index just past a sequence's
// introducer and return the index just past the whole sequence. They follow
// the shape of ECMA-48 closely enough to remove what a terminal would act on,
// and err on the side of removing more: an unterminated string runs to the end
// of s. When a byte that cannot belong to the sequence turns up (a control,
// ESC, or a non-ASCII character), the sequence ends before it and that byte is
// cleaned on its own, so a sequence never swallows a following ESC.

// skipEscape skips the sequence that follows an ESC at s[i-1].
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i // A lone ESC at the end.
	}
	switch c := s[i]; {
	case c == '[':
		return skipControlSequence(s, i+1)
	case c == ']':
		return skipControlString(s, i+1, true)
	case c == 'P', c == 'X', c == '^', c == '_':
		// DCS, SOS, PM and APC: strings that only ST ends.
		return skipControlString(s, i+1, false)
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

// skipC1 skips the sequence started by the C1 control r, whose encoding ends
// just before s[i]. C1 controls that start nothing are dropped alone.
func skipC1(s string, i int, r rune) int {
	switch r {
	case csi:
		return skipControlSequence(s, i)
	case osc:
		return skipControlString(s, i, true)
	case dcs, sos, pm, apc:
		return skipControlString(s, i, false)
	}
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

// skipControlString skips the body of an OSC, DCS, SOS, PM or APC string up
// to and including its terminator: ST (ESC \ or U+009C), or BEL when belEnds
// is set, as terminals accept for OSC.
func skipControlString(s string, i int, belEnds bool) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case bel:
			if belEnds {
				return i + 1
			}
		case esc:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			// Terminals treat any other ESC as ending the string and
			// starting a new sequence; leave it for the caller to clean.
			return i
		case 0xc2:
			// U+009C, the 8-bit ST, encoded in UTF-8. 0xc2 only ever leads a
			// character, so this cannot match inside another one.
			if i+1 < len(s) && s[i+1] == st {
				return i + 2
			}
		}
	}
	return i
}
