package insight_test

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

func TestAnalyzeFollowThrough(t *testing.T) {
	done := func(kind journal.FollowUpKind, on journal.Date) journal.FollowUp {
		return journal.FollowUp{ID: journal.FollowUpID(kind, 0), Kind: kind, Status: journal.FollowUpDone, DoneAt: on}
	}
	ivs := []*journal.Interview{
		// On time: the same day and the next.
		{ID: 1, Date: day(0), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(0))}},
		{ID: 2, Date: day(10), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(11))}},
		// Late, skipped, and never recorded.
		{ID: 3, Date: day(20), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(23))}},
		{ID: 4, Date: day(30), FollowUps: []journal.FollowUp{{ID: "thank_you", Status: journal.FollowUpSkipped}}},
		{ID: 5, Date: day(40)},
		// Withdrawn, and turned down on the day: no thank-you was called for.
		{ID: 6, Date: day(50), Outcome: journal.Outcome{Status: journal.StatusWithdrew}},
		{ID: 7, Date: day(60), Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day(60)},
			FollowUps: []journal.FollowUp{done(journal.FollowUpFeedbackRequest, day(75))},
			Feedback:  []journal.Feedback{{Text: "More depth on system design"}}},
		// Turned down weeks later: the note was due; here it was sent, and
		// feedback was asked of the recruiter, in a record with only an ID.
		{ID: 8, Date: day(70), Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day(90)},
			FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(70)),
				{ID: "recruiter_feedback", Status: journal.FollowUpDone, DoneAt: day(92)}}},
		// Rejected with nothing asked.
		{ID: 9, Date: day(80), Outcome: journal.Outcome{Status: journal.StatusRejected}},
		// No date: nothing could be on time.
		{ID: 10},
	}
	ft := insight.AnalyzeAt(ivs, clockAt(day(200))).FollowThrough
	if want := (insight.Share{Done: 3, Of: 7}); ft.ThankYouOnTime != want {
		t.Errorf("thank-you on time = %+v, want %+v", ft.ThankYouOnTime, want)
	}
	if want := (insight.Share{Done: 2, Of: 3}); ft.FeedbackRequested != want {
		t.Errorf("feedback requested = %+v, want %+v", ft.FeedbackRequested, want)
	}
	if want := (insight.Share{Done: 1, Of: 3}); ft.FeedbackReceived != want {
		t.Errorf("feedback received = %+v, want %+v", ft.FeedbackReceived, want)
	}
	if r := ft.ThankYouOnTime.Rate(); r != 3.0/7 {
		t.Errorf("rate = %v, want 3/7", r)
	}
	if r := (insight.Share{}).Rate(); r != 0 {
		t.Errorf("empty rate = %v, want 0", r)
	}
}

// clockAt is noon on the given day, as a fixed clock for AnalyzeAt.
func clockAt(d journal.Date) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC)
}

// TestFollowThroughCountsOnlyWhatIsDue: a thank-you note is due the day
// after the interview, so on the interview's own day and the next an unsent
// note is not yet missed, while one already sent counts as on time.
func TestFollowThroughCountsOnlyWhatIsDue(t *testing.T) {
	sent := journal.FollowUp{ID: journal.FollowUpID(journal.FollowUpThankYou, 0), Kind: journal.FollowUpThankYou,
		Status: journal.FollowUpDone, DoneAt: day(10)}
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0)},  // missed long ago
		{ID: 2, Date: day(9)},  // due today: not yet missed
		{ID: 3, Date: day(10)}, // today's interview: not yet missed
		{ID: 4, Date: day(10), FollowUps: []journal.FollowUp{sent}}, // already sent
	}
	cases := []struct {
		today journal.Date
		want  insight.Share
	}{
		{day(10), insight.Share{Done: 1, Of: 2}},
		{day(11), insight.Share{Done: 1, Of: 3}},
		{day(12), insight.Share{Done: 1, Of: 4}},
	}
	for _, c := range cases {
		if got := insight.AnalyzeAt(ivs, clockAt(c.today)).FollowThrough.ThankYouOnTime; got != c.want {
			t.Errorf("on %s: thank-you on time = %+v, want %+v", c.today, got, c.want)
		}
	}
}
