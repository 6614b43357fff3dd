package insight

import (
	"cmp"
	"slices"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// firstReviewDays is how many days a first weekly review looks back on,
// today included, since there is no earlier review to start from.
const firstReviewDays = 7

// Week is what a weekly review looks back on: the interviews and
// follow-ups since the last review, the feedback that came in, and what
// changed in the patterns, with the focus chosen last time and a focus
// suggested for the coming week.
type Week struct {
	// Today is the day of the review where the user is.
	Today journal.Date
	// WeekOf is the Monday of Today's ISO week: the week the review is
	// filed under.
	WeekOf journal.Date
	// From is the first day looked back on: the day after the last review,
	// or six days before Today for a first review.
	From journal.Date
	// Last is the previous review, nil for a first one.
	Last *journal.Review
	// PreviousFocus is the focus chosen at the last review, "" when none.
	PreviousFocus string
	// Interviews are the interviews held from From to Today, or written down
	// after the last review whatever their date (logged late), in date
	// order. Interviews dated after Today are not part of any week yet.
	Interviews []*journal.Interview
	// Done holds the follow-ups marked done from From to Today.
	Done []journal.AgendaItem
	// Overdue holds the open follow-ups whose deadline has passed.
	Overdue []journal.AgendaItem
	// Coming holds the open follow-ups due today or in the next seven days.
	Coming []journal.AgendaItem
	// Feedback holds the feedback dated from From to Today, in date order.
	Feedback []WeekFeedback
	// NewThemes are the curveball themes that recur now but did not at the
	// last review.
	NewThemes []Theme
	// ThemesAgain are the themes that already recurred and came up again
	// in the week's interviews.
	ThemesAgain []Theme
	// NewLessons are the lessons written down more than once now but not
	// at the last review.
	NewLessons []Lesson
	// LessonsAgain are the lessons that already recurred and were written
	// down again in the week's interviews.
	LessonsAgain []Lesson
	// Turns are the rating trends whose direction changed since the last
	// review.
	Turns []TrendTurn
	// Suggestion is a focus for the coming week drawn from the patterns.
	Suggestion FocusSuggestion
}

// WeekFeedback is feedback received during the week and the interview it
// is about.
type WeekFeedback struct {
	InterviewID uint64
	Company     string
	Role        string
	Feedback    journal.Feedback
}

// TrendTurn is a rating trend whose direction changed since the last
// review, such as authenticity going from steady to rising.
type TrendTurn struct {
	Rating         string
	Label          string
	HigherIsBetter bool
	// Was and Now are directions (TrendRising, TrendFalling, TrendSteady or
	// TrendNotEnoughData).
	Was, Now string
}

// Good reports whether the turn is good news: a rating that should be high
// now rising, or one that should be low (nerves) now falling.
func (t TrendTurn) Good() bool {
	if t.HigherIsBetter {
		return t.Now == TrendRising
	}
	return t.Now == TrendFalling
}

// WeekSummary gathers what the weekly review on the day of now looks back
// on. Pass now in the user's zone: the day of the review and the day of
// the last review (from its creation time) are read in now's location. ivs
// is the whole journal, in any order; last is the latest review, or nil.
// Nothing is modified.
//
// The patterns "at the last review" are those of the interviews that were
// not new this week, so a theme is new when the week's interviews made it
// recur, and a trend turned when the week's ratings moved it.
func WeekSummary(ivs []*journal.Interview, last *journal.Review, now time.Time) Week {
	return weekSummary(ivs, journal.BuildAgenda(ivs, journal.DateOf(now)), nil, last, now)
}

// WeekSummaryAgenda is WeekSummary from what a journal keeps for fast
// reading: ivs hold at least what patterns read (the store's analysis
// records), agenda is the journal's Agenda for the day of now, and what
// known knows of the questions, tags and lessons is taken instead of
// classifying them again (see AnalyzeKnownAt; known may be nil). It gives
// the same Week as WeekSummary on the whole interviews.
func WeekSummaryAgenda(ivs []*journal.Interview, agenda journal.Agenda, known Known, last *journal.Review, now time.Time) Week {
	return weekSummary(ivs, agenda, known, last, now)
}

// weekSummary is WeekSummary with the open follow-ups of agenda and the
// texts known classified as known says.
func weekSummary(ivs []*journal.Interview, agenda journal.Agenda, known Known, last *journal.Review, now time.Time) Week {
	today := journal.DateOf(now)
	w := Week{Today: today, WeekOf: journal.WeekStart(today), Last: last, From: today.AddDays(1 - firstReviewDays)}
	if last != nil {
		w.From = last.Day(now.Location()).AddDays(1)
		w.PreviousFocus = last.Focus
	}
	var before, all []*journal.Interview
	fresh := make(map[uint64]bool)
	for _, iv := range ivs {
		if iv == nil || iv.Date.After(today) {
			continue
		}
		all = append(all, iv)
		if w.isNew(iv) {
			w.Interviews = append(w.Interviews, iv)
			fresh[iv.ID] = true
		} else {
			before = append(before, iv)
		}
	}
	w.Interviews = patternOrder(w.Interviews)
	w.collectFollowUps(ivs, agenda)
	w.collectFeedback(all)

	nowP := AnalyzeKnownAt(all, known, now)
	w.Suggestion = SuggestFocus(nowP)
	if len(w.Interviews) == 0 {
		return w // nothing new, so nothing in the patterns can have changed
	}
	beforeIDs := make(map[uint64]bool, len(before))
	for _, iv := range before {
		beforeIDs[iv.ID] = true
	}
	for _, th := range nowP.Themes {
		ids := make([]uint64, len(th.Items))
		for i, it := range th.Items {
			ids[i] = it.InterviewID
		}
		switch {
		case countIn(ids, beforeIDs) < MinRecurring:
			w.NewThemes = append(w.NewThemes, th)
		case countIn(ids, fresh) > 0:
			w.ThemesAgain = append(w.ThemesAgain, th)
		}
	}
	for _, l := range nowP.Lessons {
		switch {
		case countIn(l.InterviewIDs, beforeIDs) < MinRecurring:
			w.NewLessons = append(w.NewLessons, l)
		case countIn(l.InterviewIDs, fresh) > 0:
			w.LessonsAgain = append(w.LessonsAgain, l)
		}
	}
	// Of the patterns before the week only the trends are compared: the
	// rest would double the cost of the summary for nothing.
	w.Turns = trendTurns(ratingTrends(patternOrder(before)), nowP.Trends)
	return w
}

// isNew reports whether an interview belongs to the week: held from From
// on, or written down after the last review.
func (w *Week) isNew(iv *journal.Interview) bool {
	if !iv.Date.IsZero() && !iv.Date.Before(w.From) {
		return true
	}
	return w.Last != nil && !w.Last.CreatedAt.IsZero() && iv.CreatedAt.After(w.Last.CreatedAt)
}

// inWeek reports whether d falls from From to Today.
func (w *Week) inWeek(d journal.Date) bool {
	return !d.IsZero() && !d.Before(w.From) && !d.After(w.Today)
}

// RefreshFollowUps recomputes the follow-ups of the week (done, overdue
// and coming) from ivs, once some were marked, and leaves the rest of the
// summary as it was: marking a follow-up changes no pattern, and the
// patterns are the costly part.
func (w *Week) RefreshFollowUps(ivs []*journal.Interview) {
	w.RefreshFollowUpsAgenda(ivs, journal.BuildAgenda(ivs, w.Today))
}

// RefreshFollowUpsAgenda is RefreshFollowUps with the follow-ups open on
// the day of the review given whole, as WeekSummaryAgenda takes them.
func (w *Week) RefreshFollowUpsAgenda(ivs []*journal.Interview, agenda journal.Agenda) {
	w.Done, w.Overdue, w.Coming = nil, nil, nil
	w.collectFollowUps(ivs, agenda)
}

// collectFollowUps fills the follow-ups done during the week, from ivs,
// and those overdue or coming now, from the agenda of the day.
func (w *Week) collectFollowUps(ivs []*journal.Interview, agenda journal.Agenda) {
	w.Done = journal.DoneBetween(ivs, w.From, w.Today)
	w.Overdue = agenda.Overdue
	w.Coming = append(agenda.Today, agenda.ThisWeek...)
}

// collectFeedback fills the feedback dated during the week, from any
// interview: a rejection with reasons often arrives weeks after the
// interview itself.
func (w *Week) collectFeedback(all []*journal.Interview) {
	for _, iv := range all {
		for _, fb := range iv.Feedback {
			if w.inWeek(fb.Date) {
				w.Feedback = append(w.Feedback, WeekFeedback{InterviewID: iv.ID, Company: iv.Company, Role: iv.Role, Feedback: fb})
			}
		}
	}
	slices.SortStableFunc(w.Feedback, func(a, b WeekFeedback) int {
		if c := a.Feedback.Date.Compare(b.Feedback.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.InterviewID, b.InterviewID)
	})
}

// countIn returns how many distinct IDs of ids are in set.
func countIn(ids []uint64, set map[uint64]bool) int {
	seen := make(map[uint64]bool, len(ids))
	n := 0
	for _, id := range ids {
		if set[id] && !seen[id] {
			seen[id] = true
			n++
		}
	}
	return n
}

// trendTurns returns the trends of now whose direction differs from the
// same rating's in before, leaving out those that now lack data.
func trendTurns(before, now []Trend) []TrendTurn {
	was := make(map[string]string, len(before))
	for _, t := range before {
		was[t.Rating] = t.Direction
	}
	var out []TrendTurn
	for _, t := range now {
		prev, ok := was[t.Rating]
		if !ok {
			prev = TrendNotEnoughData
		}
		if t.Direction == prev || t.Direction == TrendNotEnoughData {
			continue
		}
		out = append(out, TrendTurn{Rating: t.Rating, Label: t.Label, HigherIsBetter: t.HigherIsBetter, Was: prev, Now: t.Direction})
	}
	return out
}
