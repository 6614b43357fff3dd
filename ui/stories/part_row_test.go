package stories

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// A part's row reads as kit.Truncate lays out the whole part, however
// long the part and whatever its letters.
func TestPartRowReadsAsTheWholePartCut(t *testing.T) {
	texts := []string{
		"", "Short", "Payments down\nfor an hour", "  spaces   and\ttabs  ",
		strings.Repeat("Wir zogen die Zahlungen um. ", 40),
		strings.Repeat("支払いを移した。", 60),
		strings.Repeat("🙂 ", 200),
		strings.Repeat(" ", 2000) + "late start",
		strings.Repeat("\n", 3000) + "after many lines",
		longPart(3_000),
	}
	for _, text := range texts {
		for _, w := range []int{1, 2, 10, 57, 88} {
			want := kit.Truncate(safetext.Line(text), w)
			if got := partRow(text, w); got != want {
				t.Errorf("partRow(%.20q…, %d) = %q, want %q", text, w, got, want)
			}
		}
	}
}
