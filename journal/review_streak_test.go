package journal_test

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

func reviewsOfWeeks(days ...journal.Date) []*journal.Review {
	out := make([]*journal.Review, len(days))
	for i, d := range days {
		out[i] = &journal.Review{ID: uint64(i + 1), WeekOf: d}
	}
	return out
}

func TestWeekStart(t *testing.T) {
	cases := []struct{ day, want journal.Date }{
		{journal.NewDate(2026, 3, 9), journal.NewDate(2026, 3, 9)},     // Monday
		{journal.NewDate(2026, 3, 15), journal.NewDate(2026, 3, 9)},    // Sunday
		{journal.NewDate(2026, 3, 16), journal.NewDate(2026, 3, 16)},   // next Monday
		{journal.NewDate(2026, 1, 1), journal.NewDate(2025, 12, 29)},   // ISO week 1 of 2026 starts in 2025
		{journal.NewDate(2027, 1, 3), journal.NewDate(2026, 12, 28)},   // Sunday in ISO week 53 of 2026
		{journal.NewDate(2024, 2, 29), journal.NewDate(2024, 2, 26)},   // leap day
		{journal.NewDate(2021, 1, 3), journal.NewDate(2020, 12, 28)},   // a Sunday whose week began the year before
		{journal.NewDate(2020, 12, 31), journal.NewDate(2020, 12, 28)}, // Thursday of that week
	}
	for _, c := range cases {
		if got := journal.WeekStart(c.day); got != c.want {
			t.Errorf("WeekStart(%s) = %s, want %s", c.day, got, c.want)
		}
		if got := journal.WeekStart(c.day); got.Weekday() != time.Monday {
			t.Errorf("WeekStart(%s) = %s, a %s", c.day, got, got.Weekday())
		}
	}
	if !journal.WeekStart(journal.Date{}).IsZero() {
		t.Error("the week of no date should be no date")
	}
}

func TestReviewStreak(t *testing.T) {
	wed := journal.NewDate(2026, 3, 11) // in the week of 2026-03-09
	cases := []struct {
		name     string
		weeks    []journal.Date
		today    journal.Date
		want     int
		thisWeek bool
	}{
		{"None", nil, wed, 0, false},
		{"ThisWeekOnly", []journal.Date{journal.NewDate(2026, 3, 9)}, wed, 1, true},
		{"CurrentWeekUnreviewedDoesNotBreak", []journal.Date{journal.NewDate(2026, 3, 2), journal.NewDate(2026, 2, 23)}, wed, 2, false},
		{"CurrentAndPrevious", []journal.Date{journal.NewDate(2026, 3, 9), journal.NewDate(2026, 3, 2), journal.NewDate(2026, 2, 23)}, wed, 3, true},
		{"GapEndsTheRun", []journal.Date{journal.NewDate(2026, 3, 9), journal.NewDate(2026, 3, 2), journal.NewDate(2026, 2, 16), journal.NewDate(2026, 2, 9)}, wed, 2, true},
		{"LastWeekMissingBreaks", []journal.Date{journal.NewDate(2026, 2, 23), journal.NewDate(2026, 2, 16)}, wed, 0, false},
		{"SameWeekCountsOnce", []journal.Date{journal.NewDate(2026, 3, 9), journal.NewDate(2026, 3, 11), journal.NewDate(2026, 3, 2)}, wed, 2, true},
		{"WeekOfAnyDayOfTheWeek", []journal.Date{journal.NewDate(2026, 3, 14), journal.NewDate(2026, 3, 8)}, wed, 2, true},
		{"SundayToday", []journal.Date{journal.NewDate(2026, 3, 9)}, journal.NewDate(2026, 3, 15), 1, true},
		{"MondayStartsAFreshWeek", []journal.Date{journal.NewDate(2026, 3, 9)}, journal.NewDate(2026, 3, 16), 1, false},
		{"TwoWeeksLaterIsBroken", []journal.Date{journal.NewDate(2026, 3, 9)}, journal.NewDate(2026, 3, 23), 0, false},
		{"AcrossNewYear", []journal.Date{journal.NewDate(2025, 12, 15), journal.NewDate(2025, 12, 22), journal.NewDate(2025, 12, 29), journal.NewDate(2026, 1, 5)}, journal.NewDate(2026, 1, 7), 4, true},
		{"NewYearDayIsInTheLastWeekOfDecember", []journal.Date{journal.NewDate(2026, 1, 1), journal.NewDate(2025, 12, 22)}, journal.NewDate(2026, 1, 5), 2, false},
		{"AcrossIsoWeek53", []journal.Date{journal.NewDate(2026, 12, 21), journal.NewDate(2026, 12, 28), journal.NewDate(2027, 1, 4)}, journal.NewDate(2027, 1, 6), 3, true},
		{"FutureReviewIgnored", []journal.Date{journal.NewDate(2026, 3, 23)}, wed, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := journal.ReviewStreak(reviewsOfWeeks(c.weeks...), c.today)
			if got.Weeks != c.want || got.ThisWeek != c.thisWeek {
				t.Fatalf("streak %+v, want %d weeks (this week %v)", got, c.want, c.thisWeek)
			}
		})
	}
}

func TestReviewStreakIgnoresNil(t *testing.T) {
	revs := []*journal.Review{nil, {WeekOf: journal.NewDate(2026, 3, 9)}, nil}
	if got := journal.ReviewStreak(revs, journal.NewDate(2026, 3, 10)); got.Weeks != 1 {
		t.Fatalf("streak %+v", got)
	}
}

func TestLatestReview(t *testing.T) {
	at := func(day int, h int) time.Time { return time.Date(2026, 3, day, h, 0, 0, 0, time.UTC) }
	revs := []*journal.Review{
		{ID: 1, CreatedAt: at(1, 9)},
		{ID: 3, CreatedAt: at(8, 9)},
		{ID: 2, CreatedAt: at(8, 9)},
		{ID: 4, CreatedAt: at(7, 23)},
	}
	if got := journal.LatestReview(revs); got == nil || got.ID != 3 {
		t.Fatalf("latest %+v, want review 3 (latest time, then highest ID)", got)
	}
	if journal.LatestReview(nil) != nil {
		t.Fatal("no reviews should give nil")
	}
}

func TestReviewDueInTheUsersZone(t *testing.T) {
	pacific := time.FixedZone("UTC-8", -8*3600)
	// Written on Sunday 2026-03-08 at 23:59 in the user's zone, which is
	// already Monday in UTC.
	last := &journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 3, 2), CreatedAt: time.Date(2026, 3, 8, 23, 59, 0, 0, pacific).UTC()}
	if day := last.Day(pacific); day != journal.NewDate(2026, 3, 8) {
		t.Fatalf("the review's day is %s, want the user's Sunday", day)
	}
	cases := []struct {
		now  time.Time
		want bool
	}{
		{time.Date(2026, 3, 14, 23, 59, 0, 0, pacific), false}, // six days later
		{time.Date(2026, 3, 15, 0, 0, 0, 0, pacific), true},    // seven days later
		{time.Date(2026, 3, 9, 8, 0, 0, 0, pacific), false},
	}
	for _, c := range cases {
		if got := journal.ReviewDue(last, c.now); got != c.want {
			t.Errorf("due at %s: %v, want %v", c.now, got, c.want)
		}
	}
	if !journal.ReviewDue(nil, time.Date(2026, 3, 9, 8, 0, 0, 0, pacific)) {
		t.Error("a journal that never had a review should be due one")
	}
}

func TestReviewDayWithoutCreationTime(t *testing.T) {
	r := &journal.Review{WeekOf: journal.NewDate(2026, 3, 9)}
	if got := r.Day(time.UTC); got != r.WeekOf {
		t.Fatalf("day %s, want the week it was filed under", got)
	}
}
