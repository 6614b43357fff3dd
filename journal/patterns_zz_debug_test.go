package journal_test

import (
	"fmt"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestZZDebug(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 16 {
		r := journal.Rating(3)
		if i >= 11 { r = 4 }
		if i >= 14 { r = 3 }
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), Authenticity: r})
	}
	tr := journal.Analyze(ivs).Trends[2]
	fmt.Printf("%+v %.20f\n", tr, tr.Last5-tr.Prev5)
}
