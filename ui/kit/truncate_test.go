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
