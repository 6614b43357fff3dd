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
	statuses := map[journal.FollowUpStatus]int{}
	for _, iv := range demo.Generate(1000, 3, now) {
		for _, f := range iv.FollowUps {
			kinds[f.Kind]++
			statuses[f.Status]++
			switch f.Status {
			case journal.FollowUpDone:
				if f.DoneAt.IsZero() || f.DoneAt.After(today) || f.DoneAt.Before(iv.Date) {
					t.Fatalf("interview of %s: record %+v", iv.Date, f)
				}
			case journal.FollowUpSkipped:
				if f.Due.IsZero() || f.Due.After(today) {
					t.Fatalf("interview of %s: skipped %+v", iv.Date, f)
				}
			default:
				t.Fatalf("interview of %s: record %+v", iv.Date, f)
			}
		}
	}
	for _, k := range []journal.FollowUpKind{journal.FollowUpThankYou, journal.FollowUpConnect, journal.FollowUpGraciousReply,
		journal.FollowUpFeedbackRequest, journal.FollowUpKeepInTouch, journal.FollowUpOfferReply} {
		if kinds[k] == 0 {
			t.Errorf("no %s recorded in 1,000 interviews", k)
		}
	}
	if kinds[journal.FollowUpThankYou] < 400 || kinds[journal.FollowUpThankYou] > 900 {
		t.Errorf("%d thank-you notes in 1,000 interviews", kinds[journal.FollowUpThankYou])
	}
	// Diligent: most are sent, some are skipped on purpose.
	if done, skipped := statuses[journal.FollowUpDone], statuses[journal.FollowUpSkipped]; done < 2*skipped || skipped == 0 {
		t.Errorf("%d done and %d skipped", done, skipped)
	}
}

// TestGenerate_Believable: one person's year has a few interviews a day at
// most, and an agenda that a diligent person keeps small: a handful
// overdue, nothing stale.
func TestGenerate_Believable(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	for _, n := range []int{40, 300, 1000} {
		ivs := demo.Generate(n, int64(n), now)
		perDay := map[journal.Date]int{}
		ptrs := make([]*journal.Interview, len(ivs))
		for i := range ivs {
			ivs[i].ID = uint64(i + 1)
			ptrs[i] = &ivs[i]
			perDay[ivs[i].Date]++
			if perDay[ivs[i].Date] > 4 {
				t.Fatalf("%d interviews: %d on %s", n, perDay[ivs[i].Date], ivs[i].Date)
			}
		}
		c := journal.BuildAgenda(ptrs, journal.DateOf(now)).Counts()
		if c.Overdue > 20 || c.Stale > 5 {
			t.Errorf("%d interviews: %d overdue and %d stale", n, c.Overdue, c.Stale)
		}
	}
}
