package safetext_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/safetext"
)

// plainModel is what Text must give for input without ESC, written as
// simply as possible and independently of the package: every character
// stays, except that line breaks become "\n", a tab four spaces, an invalid
// byte U+FFFD, and controls, DEL, C1 code points and bidi controls go, each
// on its own. Nothing after a control is ever lost.
func plainModel(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '\r' && strings.HasPrefix(s[i:], "\r\n"):
			// One break, written when the LF comes.
		case r == '\n', r == '\r', r == '\v', r == '\f', r == 0x85, r == 0x2028, r == 0x2029:
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString("    ")
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, isBidi(r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// isSubsequence reports whether the characters of sub appear in s in order.
func isSubsequence(sub, s string) bool {
	rs := []rune(s)
	j := 0
	for _, r := range sub {
		for j < len(rs) && rs[j] != r {
			j++
		}
		if j == len(rs) {
			return false
		}
		j++
	}
	return true
}

// checkKeepsText checks the promises about what Text and Line keep, for
// any s and any p:
//   - the output is safe: valid UTF-8, no control but newline (and, for
//     Line, none at all), no DEL, no C1, no bidi control, no NUL;
//   - without ESC in s, every character of s is kept as plainModel says:
//     a C1 code point, an unterminated string or any other control never
//     takes the text after it;
//   - with ESC, nothing is added: the output is plainModel's with only the
//     characters of whole escape sequences taken out;
//   - a line break is a wall no sequence crosses, so whatever s holds, the
//     line p after it comes out as it would alone.
func checkKeepsText(t *testing.T, s, p string) {
	t.Helper()
	out := safetext.Text(s)
	if reason := unsafeReason(out); reason != "" {
		t.Fatalf("Text(%q) = %q: %s", s, out, reason)
	}
	if strings.Contains(out, "\t") {
		t.Fatalf("Text(%q) = %q: holds a tab", s, out)
	}
	if line := safetext.Line(s); lineReason(line) != "" {
		t.Fatalf("Line(%q) = %q: %s", s, line, lineReason(line))
	}
	model := plainModel(s)
	if !strings.Contains(s, "\x1b") && out != model {
		t.Fatalf("Text(%q) = %q, want every character kept: %q", s, out, model)
	}
	if !isSubsequence(out, model) {
		t.Fatalf("Text(%q) = %q, which is not %q with sequences taken out", s, out, model)
	}
	if strings.HasSuffix(s, "\r") {
		return // "\r" then "\n" is one line break.
	}
	joined := safetext.Text(s + "\n" + p)
	if want := out + "\n" + safetext.Text(p); joined != want {
		t.Fatalf("Text(%q + \"\\n\" + %q) = %q, want %q: the line break did not stop a sequence", s, p, joined, want)
	}
}

// FuzzTextKeepsText checks checkKeepsText's promises on any input.
func FuzzTextKeepsText(f *testing.F) {
	for _, a := range safetext.Attacks() {
		f.Add(a.Seq, "NEXT line")
	}
	f.Add("He said \u00e2\u0080\u009cyes\u00e2\u0080\u009d and left.", "after")
	f.Add("open \x1b]0;no end", "\x07closed?")
	f.Add("x\x1bP", "\x1b\\y")
	f.Fuzz(checkKeepsText)
}

// TestTextKeepsTextRandom runs checkKeepsText on random text drawn from an
// alphabet heavy in introducers, terminators and line breaks, so every run
// of the tests tries many shapes the fuzz corpus may not hold.
func TestTextKeepsTextRandom(t *testing.T) {
	alphabet := []string{
		"a", "Z", "é", "面", "👍", " ", "0", ";", "?", "[", "]", "\\", "P", "_", "^", "X", "(", "#",
		"\x1b", "\x1b]", "\x1b[", "\x1bP", "\x1b\\", "\x07", "\x00", "\x7f", "\x18",
		"\n", "\r", "\r\n", "\t", "\v", "\u0085", "\u2028",
		"\u009b", "\u009c", "\u009d", "\u0090", "\u0080", "\u202e", "\u2066", "\u200f",
		"\xff", "\x9d", "\xc2", "\xe2\x80",
	}
	rng := rand.New(rand.NewPCG(13, 4))
	pick := func() string {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		checkKeepsText(t, pick(), pick())
	}
}
