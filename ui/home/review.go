package home

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// reviewHabit is how the weekly review habit stands, as the home screen
// shows it.
type reviewHabit struct {
	// any is set when there is something to review or a review was done:
	// a journal with neither gets no nudge yet.
	any       bool
	reviewed  bool // there is at least one review
	streak    journal.Streak
	daysSince int // since the latest review
	due       bool
}

// loadReviewHabit reads the reviews; it runs inside home's load command.
func loadReviewHabit(j kit.Journal, now time.Time, interviews int) (reviewHabit, error) {
	reviews, err := j.Reviews()
	if err != nil {
		return reviewHabit{}, err
	}
	last := journal.LatestReview(reviews)
	h := reviewHabit{
		any:      interviews > 0 || last != nil,
		streak:   journal.ReviewStreak(reviews, journal.DateOf(now)),
		reviewed: last != nil,
		due:      journal.ReviewDue(last, now),
	}
	if last != nil {
		h.daysSince = max(0, last.Day(now.Location()).DaysUntil(journal.DateOf(now)))
	}
	return h, nil
}

// reviewLine writes the home screen's line about the weekly review: a
// nudge when none was done in the last week, else the streak.
func (h *Model) reviewLine(b *strings.Builder, width int) {
	st, r := h.sh.Styles, h.review
	if !r.any {
		return
	}
	var text string
	switch {
	case !r.reviewed:
		text = "No weekly review yet. Press w to look back on your week and pick one thing to practise."
	case r.due && r.streak.Weeks > 1:
		text = fmt.Sprintf("Your last weekly review was %d days ago. Press w to keep your %d-week streak going.", r.daysSince, r.streak.Weeks)
	case r.due:
		text = fmt.Sprintf("Your last weekly review was %d days ago. Press w to look back on the week.", r.daysSince)
	}
	if text != "" {
		b.WriteString(st.Warning.Width(width).Render(text) + "\n\n")
		return
	}
	when := "today"
	switch r.daysSince {
	case 0:
	case 1:
		when = "yesterday"
	default:
		when = fmt.Sprintf("%d days ago", r.daysSince)
	}
	line := "Weekly review done " + when
	if r.streak.Weeks > 1 || !r.streak.ThisWeek {
		// A first week's streak is the review just named.
		line += " · " + kit.StreakWords(r.streak)
	}
	b.WriteString(st.Subtle.Render(kit.Truncate(line+" · w to review", width)) + "\n\n")
}
