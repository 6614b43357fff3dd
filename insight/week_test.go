package insight_test

import (
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

var (
	eastZone = time.FixedZone("UTC+2", 2*3600)
	westZone = time.FixedZone("UTC-8", -8*3600)
)

// weekIV returns an interview held on day, written that evening in zone.
func weekIV(id uint64, day journal.Date, zone *time.Location) *journal.Interview {
	return &journal.Interview{
		ID: id, Company: "Company " + string(rune('A'+id%26)), Role: "Engineer", Date: day,
		Outcome:   journal.Outcome{Status: journal.StatusPending},
		CreatedAt: day.Time(zone).Add(20 * time.Hour),
	}
}

func interviewIDs(ivs []*journal.Interview) []uint64 {
	out := make([]uint64, len(ivs))
	for i, iv := range ivs {
		out[i] = iv.ID
	}
	return out
}

func agendaIDs(items []journal.AgendaItem) []uint64 {
	var out []uint64
	for _, it := range items {
		out = append(out, it.InterviewID)
	}
	return out
}

func TestWeekSummaryFirstReviewLooksBackSevenDays(t *testing.T) {
	// Monday 00:00 in the user's zone is still Sunday in UTC.
	now := time.Date(2026, 3, 9, 0, 0, 0, 0, eastZone)
	ivs := []*journal.Interview{
		weekIV(1, journal.NewDate(2026, 3, 2), eastZone),  // Monday a week ago: eight days back
		weekIV(2, journal.NewDate(2026, 3, 3), eastZone),  // the first of the seven days
		weekIV(3, journal.NewDate(2026, 3, 9), eastZone),  // today
		weekIV(4, journal.NewDate(2026, 3, 10), eastZone), // tomorrow: not part of any week yet
	}
	w := insight.WeekSummary(ivs, nil, now)
	if w.Today != journal.NewDate(2026, 3, 9) || w.WeekOf != journal.NewDate(2026, 3, 9) {
		t.Fatalf("today %s week of %s; the user's zone says Monday 2026-03-09", w.Today, w.WeekOf)
	}
	if w.From != journal.NewDate(2026, 3, 3) {
		t.Fatalf("from %s, want 2026-03-03", w.From)
	}
	if got := interviewIDs(w.Interviews); !slices.Equal(got, []uint64{2, 3}) {
		t.Fatalf("interviews %v, want 2 and 3", got)
	}
	if w.Last != nil || w.PreviousFocus != "" {
		t.Fatalf("a first review has no previous one: %+v", w.Last)
	}
}

func TestWeekSummarySundayNightInTheUsersZone(t *testing.T) {
	// Sunday 23:59 where the user is, Monday morning in UTC.
	now := time.Date(2026, 3, 15, 23, 59, 0, 0, westZone)
	sat := weekIV(1, journal.NewDate(2026, 3, 14), westZone)
	mon := weekIV(2, journal.NewDate(2026, 3, 16), westZone)
	w := insight.WeekSummary([]*journal.Interview{sat, mon}, nil, now)
	if w.Today != journal.NewDate(2026, 3, 15) || w.WeekOf != journal.NewDate(2026, 3, 9) {
		t.Fatalf("today %s week of %s; want Sunday 2026-03-15 in the week of 2026-03-09", w.Today, w.WeekOf)
	}
	if got := interviewIDs(w.Interviews); !slices.Equal(got, []uint64{1}) {
		t.Fatalf("interviews %v; Monday's interview is still tomorrow", got)
	}
	// Saturday's thank-you note is due Saturday and fine until Sunday
	// night: it is coming, not overdue, until the user's Monday.
	if !slices.Contains(agendaIDs(w.Coming), 1) || slices.Contains(agendaIDs(w.Overdue), 1) {
		t.Fatalf("Saturday's thank-you should be due, not overdue: coming %v overdue %v", agendaIDs(w.Coming), agendaIDs(w.Overdue))
	}
	monday := insight.WeekSummary([]*journal.Interview{sat}, nil, time.Date(2026, 3, 16, 0, 0, 0, 0, westZone))
	if !slices.Contains(agendaIDs(monday.Overdue), 1) {
		t.Fatalf("on Monday the thank-you is overdue: %v", agendaIDs(monday.Overdue))
	}
}

func TestWeekSummarySinceTheLastReview(t *testing.T) {
	// The last review was written on Sunday 2026-03-08 at 23:59 where the
	// user is (Monday in UTC): the week starts on the user's Monday.
	reviewedAt := time.Date(2026, 3, 8, 23, 59, 0, 0, westZone)
	last := &journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 3, 2), Focus: "Pause before answering", CreatedAt: reviewedAt.UTC()}
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, westZone)

	sunday := weekIV(1, journal.NewDate(2026, 3, 8), westZone)
	sunday.CreatedAt = reviewedAt.Add(-3 * time.Hour) // seen by the last review
	monday := weekIV(2, journal.NewDate(2026, 3, 9), westZone)
	late := weekIV(3, journal.NewDate(2026, 2, 20), westZone)
	late.CreatedAt = reviewedAt.Add(48 * time.Hour) // logged after the review
	old := weekIV(4, journal.NewDate(2026, 2, 25), westZone)

	doneSunday := journal.FollowUp{ID: "connect", Kind: journal.FollowUpConnect, Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 3, 8)}
	doneMonday := journal.FollowUp{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 3, 9)}
	sunday.FollowUps = []journal.FollowUp{doneSunday}
	monday.FollowUps = []journal.FollowUp{doneMonday}
	old.Feedback = []journal.Feedback{
		{Date: journal.NewDate(2026, 3, 8), From: "Recruiter", Text: "before the week"},
		{Date: journal.NewDate(2026, 3, 9), From: "Recruiter", Text: "first day of the week"},
		{Date: journal.NewDate(2026, 3, 14), From: "Manager", Text: "today"},
		{Text: "undated"},
	}

	w := insight.WeekSummary([]*journal.Interview{old, late, monday, sunday}, last, now)
	if w.From != journal.NewDate(2026, 3, 9) {
		t.Fatalf("from %s, want the Monday after the user's Sunday review", w.From)
	}
	if w.PreviousFocus != "Pause before answering" || w.Last != last {
		t.Fatalf("the last focus was not carried: %q", w.PreviousFocus)
	}
	if got := interviewIDs(w.Interviews); !slices.Equal(got, []uint64{3, 2}) {
		t.Fatalf("interviews %v, want the one logged late (3) and Monday's (2), in date order", got)
	}
	if len(w.Done) != 1 || w.Done[0].InterviewID != 2 || w.Done[0].FollowUp.ID != "thank_you" {
		t.Fatalf("done %+v, want only Monday's thank-you", w.Done)
	}
	var texts []string
	for _, fb := range w.Feedback {
		texts = append(texts, fb.Feedback.Text)
	}
	if !slices.Equal(texts, []string{"first day of the week", "today"}) {
		t.Fatalf("feedback %q", texts)
	}
}

func TestWeekSummaryReviewWrittenAtMidnight(t *testing.T) {
	// Written at Monday 00:00 where the user is (Sunday in UTC): Monday
	// belongs to that review, and the next week starts on Tuesday, except
	// for interviews written down after the review.
	reviewedAt := time.Date(2026, 3, 9, 0, 0, 0, 0, eastZone)
	last := &journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 3, 9), CreatedAt: reviewedAt.UTC()}
	before := weekIV(1, journal.NewDate(2026, 3, 9), eastZone)
	before.CreatedAt = reviewedAt.Add(-time.Minute)
	after := weekIV(2, journal.NewDate(2026, 3, 9), eastZone)
	after.CreatedAt = reviewedAt.Add(time.Hour)
	tuesday := weekIV(3, journal.NewDate(2026, 3, 10), eastZone)
	w := insight.WeekSummary([]*journal.Interview{before, after, tuesday}, last, time.Date(2026, 3, 13, 12, 0, 0, 0, eastZone))
	if w.From != journal.NewDate(2026, 3, 10) {
		t.Fatalf("from %s", w.From)
	}
	if got := interviewIDs(w.Interviews); !slices.Equal(got, []uint64{2, 3}) {
		t.Fatalf("interviews %v, want 2 (written after the review) and 3", got)
	}
}

func TestWeekSummaryOverdueAndComing(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	overdue := weekIV(1, journal.NewDate(2026, 3, 10), time.UTC) // thank-you deadline was 03-11
	today := weekIV(2, journal.NewDate(2026, 3, 14), time.UTC)   // thank-you due today
	thanked := weekIV(3, journal.NewDate(2026, 3, 11), time.UTC)
	if err := thanked.MarkFollowUp("thank_you", journal.FollowUpDone, journal.NewDate(2026, 3, 11), journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	w := insight.WeekSummary([]*journal.Interview{overdue, today, thanked}, nil, now)
	isThankYou := func(items []journal.AgendaItem, id uint64) bool {
		return slices.ContainsFunc(items, func(it journal.AgendaItem) bool {
			return it.InterviewID == id && it.FollowUp.Kind == journal.FollowUpThankYou
		})
	}
	if !isThankYou(w.Overdue, 1) || isThankYou(w.Coming, 1) {
		t.Errorf("interview 1's thank-you should be overdue")
	}
	if !isThankYou(w.Coming, 2) || isThankYou(w.Overdue, 2) {
		t.Errorf("interview 2's thank-you should be coming")
	}
	if isThankYou(w.Overdue, 3) || isThankYou(w.Coming, 3) || !isThankYou(w.Done, 3) {
		t.Errorf("interview 3's thank-you is done: done %+v", w.Done)
	}
}

func TestWeekRefreshFollowUps(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	iv := withCurveball(weekIV(1, journal.NewDate(2026, 3, 10), time.UTC), "What are your salary expectations?")
	w := insight.WeekSummary([]*journal.Interview{iv}, nil, now)
	if len(w.Overdue) != 1 || len(w.Done) != 0 {
		t.Fatalf("overdue %d done %d before marking", len(w.Overdue), len(w.Done))
	}
	shared := w // a copy handed to a view must not see the refresh
	marked := *iv
	if err := marked.MarkFollowUp("thank_you", journal.FollowUpDone, w.Today, journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	w.RefreshFollowUps([]*journal.Interview{&marked})
	if len(w.Overdue) != 0 || len(w.Done) != 1 || w.Done[0].FollowUp.ID != "thank_you" {
		t.Fatalf("after marking: overdue %+v done %+v", w.Overdue, w.Done)
	}
	if len(shared.Overdue) != 1 || len(shared.Done) != 0 {
		t.Fatal("the refresh changed an earlier copy of the week")
	}
	if len(w.Interviews) != 1 || w.Interviews[0] != iv {
		t.Fatal("the refresh touched more than the follow-ups")
	}
}

// withCurveball adds a curveball question to an interview.
func withCurveball(iv *journal.Interview, q string) *journal.Interview {
	iv.Curveballs = append(iv.Curveballs, journal.Curveball{Question: q})
	return iv
}

func TestWeekSummaryPatternChanges(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	old := func(id uint64, day int) *journal.Interview {
		return weekIV(id, journal.NewDate(2026, 2, day), time.UTC)
	}
	ivs := []*journal.Interview{
		withCurveball(old(1, 2), "What are your salary expectations?"),
		withCurveball(old(2, 5), "Tell me about a time you failed"),
		withCurveball(old(3, 9), "What is the biggest mistake you have made at work?"),
		// This week: salary comes back (new theme), failure comes back
		// (again).
		withCurveball(weekIV(4, journal.NewDate(2026, 3, 10), time.UTC), "What salary are you looking for?"),
		withCurveball(weekIV(5, journal.NewDate(2026, 3, 12), time.UTC), "Tell me about a failure you learned from"),
	}
	ivs[0].Lessons = []string{"Slow down"}
	ivs[1].Lessons = []string{"Slow down and breathe"}
	ivs[4].Lessons = []string{"slow down"}
	ivs[3].Lessons = []string{"Research the company"}
	ivs[2].Lessons = []string{"Research the company properly"}

	w := insight.WeekSummary(ivs, nil, now)
	labels := func(ths []insight.Theme) []string {
		var out []string
		for _, th := range ths {
			out = append(out, th.Key)
		}
		return out
	}
	if got := labels(w.NewThemes); !slices.Equal(got, []string{"topic:compensation"}) {
		t.Errorf("new themes %v, want compensation only", got)
	}
	if got := labels(w.ThemesAgain); !slices.Equal(got, []string{"topic:failure"}) {
		t.Errorf("themes again %v, want failure only", got)
	}
	lessonKeys := func(ls []insight.Lesson) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.Key)
		}
		return out
	}
	if got := lessonKeys(w.NewLessons); !slices.Equal(got, []string{"topic:research"}) {
		t.Errorf("new lessons %v, want research only", got)
	}
	if got := lessonKeys(w.LessonsAgain); !slices.Equal(got, []string{"topic:pace"}) {
		t.Errorf("lessons again %v, want pace only", got)
	}
	// Slow down: three interviews, against two for each theme.
	if w.Suggestion.Source != insight.FocusFromLesson || w.Suggestion.Count != 3 || w.Suggestion.Text == "" {
		t.Errorf("suggestion %+v, want the pace lesson", w.Suggestion)
	}
}

func TestWeekSummaryNothingNewChangesNoPatterns(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	ivs := []*journal.Interview{
		withCurveball(weekIV(1, journal.NewDate(2026, 2, 2), time.UTC), "What are your salary expectations?"),
		withCurveball(weekIV(2, journal.NewDate(2026, 2, 9), time.UTC), "What salary are you looking for?"),
	}
	w := insight.WeekSummary(ivs, nil, now)
	if len(w.Interviews) != 0 || len(w.NewThemes)+len(w.ThemesAgain)+len(w.Turns) != 0 {
		t.Fatalf("a week without interviews reported changes: %+v", w)
	}
	if w.Suggestion.Source != insight.FocusFromTheme || w.Suggestion.Label == "" {
		t.Fatalf("the recurring theme should still be suggested: %+v", w.Suggestion)
	}
}

func TestWeekSummaryTrendTurned(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	var ivs []*journal.Interview
	for i := range 10 {
		iv := weekIV(uint64(i+1), journal.NewDate(2026, 1, 5+i), time.UTC)
		iv.Authenticity = 3
		iv.Nerves = 3
		ivs = append(ivs, iv)
	}
	for i := range 5 {
		iv := weekIV(uint64(i+11), journal.NewDate(2026, 3, 9+i), time.UTC)
		iv.Authenticity = 5
		iv.Nerves = 3
		ivs = append(ivs, iv)
	}
	w := insight.WeekSummary(ivs, nil, now)
	if len(w.Turns) != 1 {
		t.Fatalf("turns %+v, want authenticity only", w.Turns)
	}
	turn := w.Turns[0]
	if turn.Rating != insight.RatingAuthenticity || turn.Was != insight.TrendSteady || turn.Now != insight.TrendRising || !turn.Good() {
		t.Fatalf("turn %+v", turn)
	}
}

func TestTrendTurnGood(t *testing.T) {
	cases := []struct {
		turn insight.TrendTurn
		good bool
	}{
		{insight.TrendTurn{HigherIsBetter: true, Now: insight.TrendRising}, true},
		{insight.TrendTurn{HigherIsBetter: true, Now: insight.TrendFalling}, false},
		{insight.TrendTurn{HigherIsBetter: false, Now: insight.TrendFalling}, true},
		{insight.TrendTurn{HigherIsBetter: false, Now: insight.TrendRising}, false},
		{insight.TrendTurn{HigherIsBetter: true, Now: insight.TrendSteady}, false},
	}
	for _, c := range cases {
		if got := c.turn.Good(); got != c.good {
			t.Errorf("%+v: good %v", c.turn, got)
		}
	}
}

func TestSuggestFocus(t *testing.T) {
	lesson := insight.Lesson{Key: "topic:pace", Label: " Slow down ", Count: 2}
	theme := insight.Theme{Key: "topic:compensation", Label: "Salary and compensation", Count: 2}
	t.Run("LessonWinsATie", func(t *testing.T) {
		got := insight.SuggestFocus(insight.Patterns{Lessons: []insight.Lesson{lesson}, Themes: []insight.Theme{theme}})
		if got.Source != insight.FocusFromLesson || got.Text != "Slow down" || got.Count != 2 {
			t.Fatalf("%+v", got)
		}
	})
	t.Run("StrongerThemeWins", func(t *testing.T) {
		th := theme
		th.Count = 4
		got := insight.SuggestFocus(insight.Patterns{Lessons: []insight.Lesson{lesson}, Themes: []insight.Theme{th}})
		if got.Source != insight.FocusFromTheme || got.Label != "Salary and compensation" || got.Count != 4 || got.Text == got.Label {
			t.Fatalf("%+v", got)
		}
	})
	t.Run("Nothing", func(t *testing.T) {
		if got := insight.SuggestFocus(insight.Patterns{}); got != (insight.FocusSuggestion{}) {
			t.Fatalf("%+v", got)
		}
	})
}

func TestWeekSummaryLeavesInterviewsAlone(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	ivs := []*journal.Interview{weekIV(2, journal.NewDate(2026, 3, 12), time.UTC), nil, weekIV(1, journal.NewDate(2026, 3, 10), time.UTC)}
	insight.WeekSummary(ivs, nil, now)
	if ivs[0].ID != 2 || ivs[1] != nil || ivs[2].ID != 1 {
		t.Fatal("the caller's slice was reordered")
	}
}

func BenchmarkWeekSummary10k(b *testing.B) {
	ivs := benchJournal(10000)
	last := ivs[len(ivs)-1].Date.AddDays(-5)
	review := &journal.Review{ID: 1, WeekOf: journal.WeekStart(last), Focus: "Slow down", CreatedAt: last.Time(time.UTC).Add(18 * time.Hour)}
	now := last.AddDays(7).Time(time.UTC).Add(10 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		insight.WeekSummary(ivs, review, now)
	}
}
