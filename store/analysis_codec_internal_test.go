package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestAnalysisCodec: a record reads back as written, and every shorter or
// longer version of it, or one from a newer debrief, is refused with a
// message rather than read wrong.
func TestAnalysisCodec(t *testing.T) {
	day := journal.NewDate(2026, time.March, 14)
	iv := analysisCopy(&journal.Interview{
		ID: 42, Date: day, Tags: []string{"remote"}, CreatedAt: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), Company: "Acmé", Role: "Nurse",
		Stage: journal.StageFinal, Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day.AddDays(3)},
		MoodBefore: 2, MoodAfter: 4, Authenticity: 5, Nerves: 1,
		Curveballs: []journal.Curveball{{Question: "Pay?", Answer: "A range", Tags: []string{"salary", "money"}}, {Question: "Why us?"}},
		Lessons:    []string{"Slow down"}, FeedbackLessons: []string{"Ask early"},
		FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, Due: day, DoneAt: day, Note: "sent by mail"},
			{ID: "feedback_request", Kind: journal.FollowUpFeedbackRequest, Status: journal.FollowUpSnoozed, SnoozedUntil: day.AddDays(9), Message: "Hello"}},
		Feedback: []journal.Feedback{{Date: day.AddDays(5), From: "Recruiter", Text: "More depth"}},
	})
	data := encodeAnalysis(iv)
	var got analysisRecord
	name := func() string { return "The analysis record of interview 42" }
	if err := decodeAnalysis(data, &got, name); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.iv, iv) {
		t.Fatalf("read back %+v, want %+v", got.iv, iv)
	}
	for n := range len(data) {
		var rec analysisRecord
		if err := decodeAnalysis(data[:n], &rec, name); journal.ErrorCode(err) != journal.ECorrupt {
			t.Errorf("the first %d bytes: err = %v, want damage", n, err)
		}
	}
	var rec analysisRecord
	if err := decodeAnalysis(append(data, 0), &rec, name); journal.ErrorCode(err) != journal.ECorrupt {
		t.Errorf("a byte too many: err = %v, want damage", err)
	}
	newer := append([]byte{analysisFormat + 1}, data[1:]...)
	var e *journal.Error
	if err := decodeAnalysis(newer, &rec, name); !errors.As(err, &e) || e.Code != journal.ENewer {
		t.Errorf("a newer record: err = %v, want ENewer", err)
	}
}
