package safetext_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/safetext"
)

func TestAttacksCorpusIsWellFormed(t *testing.T) {
	attacks := safetext.Attacks()
	if len(attacks) < 40 {
		t.Fatalf("Attacks() has %d entries, want the full corpus", len(attacks))
	}
	names := map[string]bool{}
	for _, a := range attacks {
		if a.Name == "" || names[a.Name] {
			t.Errorf("attack name %q is empty or repeated", a.Name)
		}
		names[a.Name] = true
		if a.Marker == "" || !strings.Contains(a.Seq, a.Marker) {
			t.Errorf("%s: marker %q is empty or not in the sequence", a.Name, a.Marker)
		}
		if !strings.Contains(a.Seq, a.Visible) {
			t.Errorf("%s: visible text %q is not in the sequence", a.Name, a.Visible)
		}
		if safetext.IsClean(a.Seq) {
			t.Errorf("%s: IsClean says the attack needs no cleaning", a.Name)
		}
	}
	// Each call returns a new slice, so one test cannot spoil another's.
	attacks[0].Seq = "changed"
	if safetext.Attacks()[0].Seq == "changed" {
		t.Error("Attacks() returned shared state")
	}
}

func TestAttacksAreNeutralised(t *testing.T) {
	for _, a := range safetext.Attacks() {
		t.Run(a.Name, func(t *testing.T) {
			for _, f := range []struct {
				name string
				fn   func(string) string
			}{{"Text", safetext.Text}, {"Line", safetext.Line}} {
				// Also embed the attack in text, as a paste would be.
				for _, in := range []string{a.Seq, "before " + a.Seq + " after"} {
					out := f.fn(in)
					if reason := unsafeReason(out); reason != "" {
						t.Errorf("%s(%q) = %q: %s", f.name, in, out, reason)
					}
					if strings.ContainsRune(out, '\x1b') {
						t.Errorf("%s(%q) = %q: contains ESC", f.name, in, out)
					}
					if strings.Contains(out, a.Marker) {
						t.Errorf("%s(%q) = %q: contains marker %q", f.name, in, out, a.Marker)
					}
					if !strings.Contains(out, a.Visible) {
						t.Errorf("%s(%q) = %q: lost visible text %q", f.name, in, out, a.Visible)
					}
					if !safetext.IsClean(out) {
						t.Errorf("%s(%q) = %q: not clean", f.name, in, out)
					}
				}
			}
		})
	}
}

func TestAttacksDoNotSwallowFollowingText(t *testing.T) {
	// Every attack ends where the terminal would end it, or, with no end,
	// is no sequence at all, so the text typed after it is still shown. Only
	// an ESC or a CSI left open at the very end may take the next letter as
	// its final byte, as a terminal would; a line break stops even those.
	for _, a := range safetext.Attacks() {
		if out := safetext.Text(a.Seq + "\nNEXT"); !strings.HasSuffix(out, "\nNEXT") {
			t.Errorf("%s: Text(seq+%q) = %q, lost the line after it", a.Name, "\nNEXT", out)
		}
		if a.Name == "unterminated-csi" || a.Name == "esc-lone-at-end" {
			continue
		}
		if out := safetext.Text(a.Seq + "NEXT"); !strings.HasSuffix(out, "NEXT") {
			t.Errorf("%s: Text(seq+%q) = %q, lost the text after it", a.Name, "NEXT", out)
		}
	}
}
