package journal_test

import (
	"fmt"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestZZDebug(t *testing.T) {
	p := journal.Analyze(benchJournal(3000))
	for _, th := range p.Themes {
		fmt.Printf("%s | %s | %s | %d | %s\n", th.Key, th.Label, th.Source, th.Count, th.Items[0].Question)
	}
	for _, l := range p.Lessons {
		fmt.Printf("%s | %s | %d | %v\n", l.Key, l.Label, l.Count, len(l.Wordings))
	}
	for _, tr := range p.Trends { fmt.Println(tr.Label, tr.Direction, journal.SparklineScaled(tr.Series, 0, 1, 5)) }
}
