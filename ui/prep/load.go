package prep

import (
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// load draws up the brief without decoding every interview: the themes
// are kept in the journal until an interview changes (keptThemes), and
// only the interviews the brief shows are read whole (briefInterviews).
func load(pr kit.Practice, j kit.Journal, in practice.BriefInput, now time.Time) loadedMsg {
	if pr == nil {
		return loadedMsg{text: practice.BriefMarkdown(practice.MakeBrief(in))}
	}
	var err error
	if in.Cards, err = pr.Cards(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Stories, err = pr.Stories(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Reviews, err = pr.Reviews(); err != nil {
		return loadedMsg{err: err}
	}
	if in.Themes, err = keptThemes(pr, now); err != nil {
		return loadedMsg{err: err}
	}
	if in.Interviews, err = briefInterviews(j, in); err != nil {
		return loadedMsg{err: err}
	}
	return loadedMsg{text: practice.BriefMarkdown(practice.MakeBrief(in))}
}

// briefInterviews reads whole the interviews the brief draws on: the
// newest, until they hold enough different lessons for the brief however
// many of them were practised, and every one with the company or for the
// role asked (for the people met and what they asked). MakeBrief gives the
// same brief from them as from every interview.
func briefInterviews(j kit.Journal, in practice.BriefInput) ([]*journal.Interview, error) {
	sums, err := j.Summaries() // newest first
	if err != nil {
		return nil, err
	}
	want := practice.BriefLessons
	for _, r := range in.Reviews {
		if r != nil && r.PreviousFocusDone == journal.PractisedYes {
			want++
		}
	}
	lessons := map[string]bool{}
	var out []*journal.Interview
	for _, s := range sums {
		asked := (in.Company != "" || in.Role != "") && contains(s.Company, in.Company) && contains(s.Role, in.Role)
		if !asked && len(lessons) >= want {
			continue
		}
		iv, err := j.Interview(s.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, iv)
		for _, l := range iv.Lessons {
			lessons[strings.ToLower(strings.TrimSpace(l))] = true
		}
		for _, l := range iv.FeedbackLessons {
			lessons[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	return out, nil
}

// contains reports whether want is empty or a part of have, without case,
// as the brief matches the company and role asked.
func contains(have, want string) bool {
	return want == "" || strings.Contains(strings.ToLower(have), strings.ToLower(strings.TrimSpace(want)))
}
