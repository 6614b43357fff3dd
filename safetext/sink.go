package safetext

import "strings"

// sink collects cleaned output. In one-line mode it owes at most one space
// between words, so runs of blanks collapse, blanks at either end vanish, and
// a sequence removed from between two blanks leaves no double space behind.
type sink struct {
	b       strings.Builder
	oneLine bool
	gap     bool // a space is owed before the next visible text
}

// text writes characters kept as they are. In one-line mode s must neither
// start nor end with a blank, nor hold two in a row.
func (k *sink) text(s string) {
	if k.gap {
		k.b.WriteByte(' ')
		k.gap = false
	}
	k.b.WriteString(s)
}

// space writes a space, or owes one in one-line mode.
func (k *sink) space() {
	if k.oneLine {
		k.gap = k.b.Len() > 0
		return
	}
	k.b.WriteByte(' ')
}

// tab writes a tab's worth of spaces, or owes one space in one-line mode.
func (k *sink) tab() {
	if k.oneLine {
		k.space()
		return
	}
	k.b.WriteString(tabSpaces)
}

// lineBreak writes a newline, or owes one space in one-line mode.
func (k *sink) lineBreak() {
	if k.oneLine {
		k.space()
		return
	}
	k.b.WriteByte('\n')
}

// String returns everything written so far.
func (k *sink) String() string {
	return k.b.String()
}
