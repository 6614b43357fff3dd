package practice

import (
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// Theme is a kind of question that keeps coming up, as the pattern
// analysis finds it: its name, how many interviews raised it, and the
// questions it groups.
type Theme struct {
	Name       string
	Interviews int
	Questions  []string
}

// BriefInput is what a brief is drawn from.
type BriefInput struct {
	// Company and Role narrow the past interviews to this employer or
	// position (matched without case, a part of the name is enough); both
	// empty means none are listed.
	Company, Role string
	Interviews    []*journal.Interview
	Cards         []journal.Card
	Stories       []journal.Story
	Themes        []Theme
	// Reviews are the weekly reviews, for the last focus and which
	// lessons were practised.
	Reviews []*journal.Review
}

// Brief is what to have in mind before the next interview.
type Brief struct {
	Company, Role string
	Themes        []BriefTheme
	// Lessons are the lessons of the latest interviews not yet practised
	// (not a weekly focus marked practised), newest first.
	Lessons []string
	// Focus is the latest weekly review's focus, "" when none.
	Focus string
	// Past are the interviews with this company or for this role, newest
	// first.
	Past []*journal.Interview
}

// BriefTheme is a recurring theme with the user's own best answers and
// the stories that answer it.
type BriefTheme struct {
	Theme
	Answers []journal.Card
	Stories []journal.Story
}

// BriefLessons is how many recent lessons a brief lists.
const BriefLessons = 5

// MakeBrief draws up the brief.
func MakeBrief(in BriefInput) Brief {
	b := Brief{Company: in.Company, Role: in.Role}
	for _, th := range in.Themes {
		bt := BriefTheme{Theme: th}
		for _, c := range in.Cards {
			if !c.Suspended && (slices.Contains(th.Questions, c.Question) || hasFold(c.Tags, th.Name)) {
				bt.Answers = append(bt.Answers, c)
			}
		}
		for _, s := range in.Stories {
			if hasFold(s.Themes, th.Name) {
				bt.Stories = append(bt.Stories, s)
			}
		}
		b.Themes = append(b.Themes, bt)
	}
	practised := map[string]bool{}
	var latest *journal.Review
	for _, r := range in.Reviews {
		if r == nil {
			continue
		}
		if r.PreviousFocusDone == journal.PractisedYes {
			practised[normal(r.PreviousFocus)] = true
		}
		if latest == nil || r.CreatedAt.After(latest.CreatedAt) {
			latest = r
		}
	}
	if latest != nil {
		b.Focus = latest.Focus
	}
	ivs := slices.Clone(in.Interviews)
	slices.SortFunc(ivs, func(a, b *journal.Interview) int { return b.Date.Compare(a.Date) })
	seen := map[string]bool{}
	for _, iv := range ivs {
		for _, l := range slices.Concat(iv.Lessons, iv.FeedbackLessons) {
			k := normal(l)
			if k == "" || practised[k] || seen[k] || len(b.Lessons) == BriefLessons {
				continue
			}
			seen[k] = true
			b.Lessons = append(b.Lessons, l)
		}
		if (in.Company != "" || in.Role != "") && matches(iv.Company, in.Company) && matches(iv.Role, in.Role) {
			b.Past = append(b.Past, iv)
		}
	}
	return b
}

// matches reports whether want is empty or a part of have, without case.
func matches(have, want string) bool {
	return want == "" || strings.Contains(strings.ToLower(have), strings.ToLower(strings.TrimSpace(want)))
}

func hasFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return normal(x) == normal(s) })
}

func normal(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
