package cli

import (
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/store"
)

// recurringThemes returns the curveball themes that came up in at least
// two interviews, most frequent first, as the story bank and the brief
// use them.
func recurringThemes(s *store.Store, env Env) ([]practice.Theme, error) {
	ivs, err := s.AnalysisInterviews()
	if err != nil {
		return nil, err
	}
	p := insight.AnalyzeAt(ivs, env.Now())
	out := make([]practice.Theme, 0, len(p.Themes))
	for _, th := range p.Themes {
		t := practice.Theme{Name: th.Label, Interviews: th.Count}
		for _, it := range th.Items {
			t.Questions = append(t.Questions, it.Question)
		}
		out = append(out, t)
	}
	return out, nil
}
