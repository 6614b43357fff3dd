package prep

import (
	"time"

	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// load draws up the brief. The themes and lessons come from the compact
// records the pattern analysis reads (Practice.AnalysisInterviews), not
// from every interview decoded whole; only the past interviews with the
// company or for the role asked are read whole, for the people met and
// what they asked.
func load(pr kit.Practice, j kit.Journal, in practice.BriefInput, now time.Time) loadedMsg {
	if pr == nil {
		return loadedMsg{text: practice.BriefMarkdown(practice.MakeBrief(in))}
	}
	var err error
	if in.Interviews, err = pr.AnalysisInterviews(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Cards, err = pr.Cards(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Stories, err = pr.Stories(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Reviews, err = pr.Reviews(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Themes, err = keptThemes(pr, in.Interviews, now); err != nil {
		return loadedMsg{err: err}
	}
	b := practice.MakeBrief(in)
	for i, iv := range b.Past {
		if b.Past[i], err = j.Interview(iv.ID); err != nil {
			return loadedMsg{err: err}
		}
	}
	return loadedMsg{text: practice.BriefMarkdown(b)}
}
