package drill

import (
	"strings"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// ofTheme keeps the cards of a theme: those tagged with it or naming it in
// their question (as debrief drill --theme does) and, for a theme of the
// patterns screen such as "Salary and compensation", the cards of the
// curveballs the pattern analysis put under it.
func ofTheme(pr kit.Practice, cards []journal.Card, theme string, now time.Time) ([]journal.Card, error) {
	if strings.TrimSpace(theme) == "" {
		return cards, nil
	}
	out := practice.OfTheme(cards, theme)
	ivs, known, err := pr.PatternsKnown()
	if err != nil {
		return nil, err
	}
	in := map[string]bool{}
	for _, c := range out {
		in[c.Ref()] = true
	}
	for _, th := range insight.AnalyzeKnownAt(ivs, known, now).Themes {
		if !strings.EqualFold(strings.TrimSpace(th.Label), strings.TrimSpace(theme)) {
			continue
		}
		for _, it := range th.Items {
			for _, c := range cards {
				if c.InterviewID == it.InterviewID && c.From == it.Question && !in[c.Ref()] {
					in[c.Ref()] = true
					out = append(out, c)
				}
			}
		}
	}
	return out, nil
}
