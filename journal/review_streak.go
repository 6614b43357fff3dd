package journal

import (
	"cmp"
	"time"
)

// ReviewEvery is how many days may pass after a weekly review before the
// next one is due.
const ReviewEvery = 7

// WeekStart returns the Monday of d's ISO week. ISO weeks start on Monday,
// so the Sunday of 2026-03-15 belongs to the week of 2026-03-09, and the
// days around New Year fall into whichever week holds them, without regard
// to the calendar year.
func WeekStart(d Date) Date {
	if d.IsZero() {
		return d
	}
	back := (int(d.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
	return d.AddDays(-back)
}

// Day returns the calendar day the review was written on, in loc (the
// user's zone): a review finished late on Sunday evening belongs to that
// Sunday even where it is already Monday in UTC. A review without a
// creation time falls back to its WeekOf.
func (r *Review) Day(loc *time.Location) Date {
	if r.CreatedAt.IsZero() {
		return r.WeekOf
	}
	return DateOf(r.CreatedAt.In(loc))
}

// Streak is how regular the weekly review habit has been.
type Streak struct {
	// Weeks is how many ISO weeks in a row have a review, ending with the
	// current week when it has one, or else with the week before: the
	// current week can still be reviewed, so it does not break the run yet.
	Weeks int
	// ThisWeek reports whether the current week already has a review.
	ThisWeek bool
	// Last is, when no run is going (Weeks is 0), how many weeks in a row
	// the latest earlier run lasted; 0 when there was never a review.
	Last int
}

// ReviewStreak counts the weeks in a row with a review as of today. A
// review counts for the ISO week of its WeekOf; several reviews in one week
// count once, and a week without any ends the run.
func ReviewStreak(reviews []*Review, today Date) Streak {
	reviewed := make(map[Date]bool, len(reviews))
	for _, r := range reviews {
		if r != nil && !r.WeekOf.IsZero() {
			reviewed[WeekStart(r.WeekOf)] = true
		}
	}
	week := WeekStart(today)
	s := Streak{ThisWeek: reviewed[week]}
	if !s.ThisWeek {
		week = week.AddDays(-7)
	}
	for reviewed[week] {
		s.Weeks++
		week = week.AddDays(-7)
	}
	if s.Weeks == 0 {
		s.Last = lastRun(reviewed, week)
	}
	return s
}

// lastRun counts the weeks in a row of the latest run of reviewed weeks
// that ended before the week of before.
func lastRun(reviewed map[Date]bool, before Date) int {
	var end Date
	for w := range reviewed {
		if w.Before(before) && (end.IsZero() || w.After(end)) {
			end = w
		}
	}
	n := 0
	for !end.IsZero() && reviewed[end] {
		n++
		end = end.AddDays(-7)
	}
	return n
}

// LatestReview returns the review written last (by creation time, then
// ID), or nil when there is none.
func LatestReview(reviews []*Review) *Review {
	var latest *Review
	for _, r := range reviews {
		if r == nil {
			continue
		}
		if latest == nil {
			latest = r
			continue
		}
		c := r.CreatedAt.Compare(latest.CreatedAt)
		if c == 0 {
			c = cmp.Compare(r.ID, latest.ID)
		}
		if c > 0 {
			latest = r
		}
	}
	return latest
}

// ReviewDue reports whether a weekly review is due at now (in the user's
// zone): there has never been one, or none in the last ReviewEvery days.
func ReviewDue(last *Review, now time.Time) bool {
	if last == nil {
		return true
	}
	return last.Day(now.Location()).DaysUntil(DateOf(now)) >= ReviewEvery
}
