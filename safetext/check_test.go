package safetext_test

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// unsafeReason returns why out is not safe to send to a terminal, or "" when
// it is: out must be valid UTF-8 and hold no control other than newline and
// tab, no DEL, no C1 code point and no bidirectional control.
func unsafeReason(out string) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for i, r := range out {
		switch {
		case r < 0x20 && r != '\n' && r != '\t':
			return fmt.Sprintf("C0 control %U at byte %d", r, i)
		case r == 0x7f:
			return fmt.Sprintf("DEL at byte %d", i)
		case r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("C1 control %U at byte %d", r, i)
		case isBidi(r):
			return fmt.Sprintf("bidi control %U at byte %d", r, i)
		}
	}
	return ""
}

// isBidi lists the bidirectional controls independently of the package, so
// the tests do not trust the code they check.
func isBidi(r rune) bool {
	return strings.ContainsRune("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", r)
}

// lineReason returns why out is not a valid result of Line, or "".
func lineReason(out string) string {
	if reason := unsafeReason(out); reason != "" {
		return reason
	}
	switch {
	case strings.ContainsAny(out, "\n\t"):
		return "contains a newline or a tab"
	case strings.HasPrefix(out, " ") || strings.HasSuffix(out, " "):
		return "starts or ends with a space"
	case strings.Contains(out, "  "):
		return "contains a double space"
	}
	return ""
}
