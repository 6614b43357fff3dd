package practice

import (
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// ThemesWithoutStory returns the themes, in the order given, that no
// story answers (compared without case): where the story bank has a gap.
func ThemesWithoutStory(themes []string, stories []journal.Story) []string {
	covered := map[string]bool{}
	for _, s := range stories {
		for _, t := range s.Themes {
			covered[strings.ToLower(strings.TrimSpace(t))] = true
		}
	}
	var out []string
	for _, t := range themes {
		if !covered[strings.ToLower(strings.TrimSpace(t))] {
			out = append(out, t)
		}
	}
	return out
}

// Overused is a story told for several questions of one interview.
type Overused struct {
	Story       journal.Story
	InterviewID string   // the interview, as the card references name it
	Cards       []string // the curveballs of that interview it answers
}

// OverusedStories returns each story linked to two or more curveballs of
// the same interview: a panel that hears one story twice remembers only
// that.
func OverusedStories(stories []journal.Story) []Overused {
	var out []Overused
	for _, s := range stories {
		byInterview := map[string][]string{}
		var order []string
		for _, ref := range s.Cards {
			iv, _, ok := strings.Cut(ref, "/")
			if !ok {
				continue
			}
			if byInterview[iv] == nil {
				order = append(order, iv)
			}
			byInterview[iv] = append(byInterview[iv], ref)
		}
		for _, iv := range order {
			if refs := byInterview[iv]; len(refs) > 1 {
				out = append(out, Overused{Story: s, InterviewID: iv, Cards: slices.Clone(refs)})
			}
		}
	}
	return out
}
