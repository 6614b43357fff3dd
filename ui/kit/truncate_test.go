package kit

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestTruncate(t *testing.T) {
	cases := []struct {
		s     string
		width int
		want  string
	}{
		{"Acme", 10, "Acme"},
		{"Acme Widgets", 6, "Acme …"},
		{"日本語のテキスト", 7, "日本語…"},
		{"ab", 1, "…"},
		{"abc", 0, ""},
	}
	for _, c := range cases {
		if got := Truncate(c.s, c.width); got != c.want || lipgloss.Width(got) > max(c.width, 0) {
			t.Errorf("Truncate(%q, %d) = %q, want %q", c.s, c.width, got, c.want)
		}
	}
}

// TestTruncateReadsALongTextOnce cuts a 64 KB answer to a row: the work is
// one pass over it (counted in allocations, which the cut one rune at a
// time made once per rune), not one pass per rune cut.
func TestTruncateReadsALongTextOnce(t *testing.T) {
	long := strings.Repeat("The outage lasted an hour. ", 2400)
	allocs := testing.AllocsPerRun(3, func() { Truncate(long, 80) })
	if allocs > 50 {
		t.Fatalf("cutting a long text to a row allocates %.0f times", allocs)
	}
}

// TestAskAboutCutsTheNameNotTheKeys: the words after the name, which say
// what the keys do, always show; a name of any length is cut, reading only
// its start.
func TestAskAboutCutsTheNameNotTheKeys(t *testing.T) {
	for _, name := range []string{"Acme", strings.Repeat("Long company name ", 2000)} {
		got := AskAbout("Delete ", name, "? y delete · any other key keep", 60)
		if !strings.HasSuffix(got, "? y delete · any other key keep") || !strings.HasPrefix(got, "Delete ") {
			t.Fatalf("%d-byte name: %q", len(name), got)
		}
		if w := lipgloss.Width(got); w > 60 {
			t.Fatalf("%d-byte name: %d cells wide: %q", len(name), w, got)
		}
	}
	if got := AskAbout("Delete ", "Acme", "? y delete", 60); got != "Delete Acme? y delete" {
		t.Fatalf("a short name changed: %q", got)
	}
	// Too narrow for any of the name: the keys still show.
	if got := AskAbout("Delete ", "Internationale Vereinigte", "? y delete · any other key keep", 40); got != "Delete …? y delete · any other key keep" {
		t.Fatalf("at 40 cells: %q", got)
	}
}
