package prep

import (
	"encoding/json"
	"time"

	"github.com/debrief-journal/debrief/buildid"
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// themesName is the name the brief's themes are kept under in the journal
// (Practice.AnalysisResult).
const themesName = "brief-themes.json"

// keptThemes returns the recurring themes of the journal on the day of
// now. The journal keeps the last ones drawn with the day and the build:
// until an interview changes, the same day and build read them back
// instead of analysing every interview again.
func keptThemes(pr kit.Practice, now time.Time) ([]practice.Theme, error) {
	build := buildid.Identity()
	if build == "" {
		return analyse(pr, now)
	}
	b, err := pr.AnalysisResult(themesName, "day "+journal.DateOf(now).String()+"; build "+build, func(ivs []*journal.Interview) ([]byte, error) {
		return json.Marshal(Themes(insight.AnalyzeAt(ivs, now)))
	})
	if err != nil {
		return nil, err
	}
	var themes []practice.Theme
	if err := json.Unmarshal(b, &themes); err != nil {
		// A kept result that does not read is drawn again, here and now.
		return analyse(pr, now)
	}
	return themes, nil
}

// analyse draws the themes from the analysis records.
func analyse(pr kit.Practice, now time.Time) ([]practice.Theme, error) {
	ivs, err := pr.AnalysisInterviews()
	if err != nil {
		return nil, err
	}
	return Themes(insight.AnalyzeAt(ivs, now)), nil
}
