package journal_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestParseCardRef reads back what Ref writes, and refuses what names no
// card.
func TestParseCardRef(t *testing.T) {
	c := journal.Card{InterviewID: 12, Number: 2}
	for _, ref := range []string{c.Ref(), " 12/2 ", " 12 /2"} {
		if id, n, ok := journal.ParseCardRef(ref); !ok || id != 12 || n != 2 {
			t.Errorf("%q read as %d/%d, %v", ref, id, n, ok)
		}
	}
	for _, ref := range []string{"", "12", "12/", "/2", "0/1", "12/0", "12/-1", "x/1", "12/2/3", "12/ 2"} {
		if _, _, ok := journal.ParseCardRef(ref); ok {
			t.Errorf("%q was taken for a card", ref)
		}
	}
}
