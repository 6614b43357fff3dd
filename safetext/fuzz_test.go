package safetext_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-journal/debrief/safetext"
)

// FuzzText checks the promises of Text on any input; the committed corpus in
// testdata/fuzz/FuzzText holds the attack shapes to mutate from.
func FuzzText(f *testing.F) {
	for _, a := range safetext.Attacks() {
		f.Add(a.Seq)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := safetext.Text(s)
		if reason := unsafeReason(out); reason != "" {
			t.Fatalf("Text(%q) = %q: %s", s, out, reason)
		}
		if again := safetext.Text(out); again != out {
			t.Fatalf("Text is not idempotent: Text(%q) = %q, then %q", s, out, again)
		}
		if !safetext.IsClean(out) {
			t.Fatalf("IsClean(Text(%q)) = false for %q", s, out)
		}
		if safetext.IsClean(s) != (out == s) {
			t.Fatalf("IsClean(%q) = %v, but Text gave %q", s, safetext.IsClean(s), out)
		}
		// An independent parser must find no sequence left to strip.
		if stripped := ansi.Strip(out); stripped != out {
			t.Fatalf("ansi.Strip still finds a sequence in Text(%q) = %q", s, out)
		}
	})
}

// FuzzLine checks that Line is Text laid out on one line.
func FuzzLine(f *testing.F) {
	for _, a := range safetext.Attacks() {
		f.Add(a.Seq)
	}
	f.Add(" a \n\t b \r\n")
	f.Fuzz(func(t *testing.T, s string) {
		out := safetext.Line(s)
		if reason := lineReason(out); reason != "" {
			t.Fatalf("Line(%q) = %q: %s", s, out, reason)
		}
		if again := safetext.Line(out); again != out {
			t.Fatalf("Line is not idempotent: Line(%q) = %q, then %q", s, out, again)
		}
		// Line must be Text with its blanks collapsed: same words, same order.
		want := strings.Join(strings.FieldsFunc(safetext.Text(s), isASCIIBlank), " ")
		if out != want {
			t.Fatalf("Line(%q) = %q, want the words of Text joined: %q", s, out, want)
		}
	})
}

// isASCIIBlank reports the blanks Line collapses once Text has run (Text
// turns every line break into a newline and every tab into spaces).
// strings.Fields would also split on no-break and other Unicode spaces,
// which Line keeps.
func isASCIIBlank(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }
