package store

import (
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestPlanningRecords: of the keep-in-touch notes done or skipped, the
// copy keeps the one with the highest number and the one done latest
// (here two notes, as a note skipped late outranks the number of one done
// early), and every other record; the agenda drawn from the copy is the
// agenda of the whole interview on every day for years.
func TestPlanningRecords(t *testing.T) {
	day := journal.NewDate(2023, time.January, 10)
	note := func(n int, status journal.FollowUpStatus, due, done journal.Date) journal.FollowUp {
		f := journal.FollowUp{ID: journal.FollowUpID(journal.FollowUpKeepInTouch, n), Kind: journal.FollowUpKeepInTouch, Status: status, Due: due, DoneAt: done}
		if status == journal.FollowUpSnoozed {
			f.DoneAt, f.SnoozedUntil = journal.Date{}, done
		}
		return f
	}
	iv := &journal.Interview{ID: 7, Company: "Acme", Date: day, StillInterested: true,
		Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day.AddDays(5)},
		FollowUps: []journal.FollowUp{
			{ID: "gracious_reply", Kind: journal.FollowUpGraciousReply, Status: journal.FollowUpDone, Due: day.AddDays(5), DoneAt: day.AddDays(5)},
			note(1, journal.FollowUpDone, day.AddDays(95), day.AddDays(96)),
			note(2, journal.FollowUpSkipped, day.AddDays(186), journal.Date{}),
			note(4, journal.FollowUpDone, day.AddDays(300), day.AddDays(301)),
			note(3, journal.FollowUpDone, day.AddDays(276), day.AddDays(420)),
			note(5, journal.FollowUpSnoozed, day.AddDays(391), day.AddDays(500)),
			{ID: "keep_in_touch-x", Kind: journal.FollowUpKeepInTouch, Status: journal.FollowUpDone, Due: day.AddDays(10), DoneAt: day.AddDays(10)},
		}}
	got := planningRecords(iv.FollowUps)
	var ids []string
	for _, r := range got {
		ids = append(ids, r.ID)
	}
	if want := []string{"gracious_reply", "keep_in_touch-4", "keep_in_touch-3", "keep_in_touch-5", "keep_in_touch-x"}; !slices.Equal(ids, want) {
		t.Fatalf("kept %v, want %v", ids, want)
	}
	copyOf := planningCopy(iv)
	for d := 0; d < 1500; d += 3 {
		today := day.AddDays(d)
		if a, b := linesOf(journal.BuildAgenda([]*journal.Interview{copyOf}, today)), linesOf(journal.BuildAgenda([]*journal.Interview{iv}, today)); !slices.Equal(a, b) {
			t.Fatalf("on %s the copy's agenda is\n%v\nthe interview's\n%v", today, a, b)
		}
	}
	if one := iv.FollowUps[:2]; &planningRecords(one)[0] != &one[0] {
		t.Fatal("a list with nothing to leave out was copied")
	}
}
