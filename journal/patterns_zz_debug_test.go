package journal_test

import (
	"fmt"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestZZDebug(t *testing.T) {
	p := journal.Analyze(plantedJournal())
	for _, th := range p.Themes {
		fmt.Printf("%s | %s | %s | %d\n", th.Key, th.Label, th.Source, th.Count)
		for _, it := range th.Items {
			fmt.Printf("    %s %s\n", it.Date, it.Question)
		}
	}
	for _, l := range p.Lessons {
		fmt.Printf("%+v\n", l)
	}
	for _, q := range oneOffs {
		fmt.Println(q, journal.CurveballTopicOf(q), journal.TextTerms(q))
	}
	for _, tr := range p.Trends { fmt.Println(tr.Label, journal.SparklineScaled(tr.Series, 0, 1, 5)) }
}
