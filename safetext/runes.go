package safetext

// Bytes and code points the cleaner treats specially.
const (
	bel = 0x07
	esc = 0x1b
	del = 0x7f

	c1First = 0x80
	c1Last  = 0x9f
	nel     = 0x85 // NEXT LINE, a C1 control that is a line break in Unicode
	st      = 0x9c // STRING TERMINATOR, which also ends an ESC-started string

	lineSeparator      = 0x2028
	paragraphSeparator = 0x2029

	// replacement stands in for each byte that is not valid UTF-8.
	replacement = "\uFFFD"
)

// isC1 reports whether r is a C1 control code point (U+0080 to U+009F).
func isC1(r rune) bool {
	return r >= c1First && r <= c1Last
}

// isLineBreakRune reports whether r is a non-ASCII code point that Unicode
// treats as a mandatory line break.
func isLineBreakRune(r rune) bool {
	return r == nel || r == lineSeparator || r == paragraphSeparator
}

// IsBidiControl reports whether r is one of the invisible marks, embeddings,
// overrides or isolates that change the order in which text is displayed,
// all of which [Text] removes. Writers of data formats use it to escape them.
func IsBidiControl(r rune) bool { return isBidiControl(r) }

// isBidiControl is [IsBidiControl].
func isBidiControl(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f: // ALM, LRM, RLM
		return true
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}
