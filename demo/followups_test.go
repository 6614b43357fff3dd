package demo_test

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

func TestGenerate_FollowUpRecords(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	today := journal.DateOf(now)
	kinds := map[journal.FollowUpKind]int{}
	for _, iv := range demo.Generate(1000, 3, now) {
		for _, f := range iv.FollowUps {
			kinds[f.Kind]++
			if f.Status != journal.FollowUpDone || f.DoneAt.IsZero() || f.DoneAt.After(today) || f.DoneAt.Before(iv.Date) {
				t.Fatalf("interview of %s: record %+v", iv.Date, f)
			}
		}
	}
	for _, k := range []journal.FollowUpKind{journal.FollowUpThankYou, journal.FollowUpConnect, journal.FollowUpGraciousReply, journal.FollowUpFeedbackRequest} {
		if kinds[k] == 0 {
			t.Errorf("no %s recorded in 1,000 interviews", k)
		}
	}
	if kinds[journal.FollowUpThankYou] < 400 || kinds[journal.FollowUpThankYou] > 900 {
		t.Errorf("%d thank-you notes in 1,000 interviews", kinds[journal.FollowUpThankYou])
	}
}
