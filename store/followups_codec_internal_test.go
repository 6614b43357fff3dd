package store

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// TestPlanningCodec: a planning copy reads back as it was written, odd
// records included (a kind that is not its ID's, a status no rule writes,
// days far apart that share a slot of the day cache, years outside the
// range an older debrief let in), and every shorter or longer version of
// it, or one from a newer debrief, is refused with a message rather than
// read wrong.
func TestPlanningCodec(t *testing.T) {
	day := journal.NewDate(2026, time.March, 14)
	iv := planningCopy(&journal.Interview{
		ID: 42, Company: "Acmé", Role: "Nurse", Date: day, DecisionExpected: journal.NewDate(2024, time.February, 29),
		Interviewers: []journal.Person{{Name: "Ana", Title: "Recruiter", Contact: "dropped"}, {Name: "Bo"}},
		MoodBefore:   2, MoodAfter: 7, Nerves: 4, StillInterested: true,
		Outcome:  journal.Outcome{Status: journal.StatusOffer, Date: day.AddDays(3), ReplyBy: journal.NewDate(206, time.January, 31)},
		Feedback: []journal.Feedback{{Date: day.AddDays(5), From: "dropped", Text: "dropped"}, {}},
		FollowUps: []journal.FollowUp{
			{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, Due: day, DoneAt: day, Note: "sent by mail"},
			{ID: "keep_in_touch-12", Kind: journal.FollowUpKeepInTouch, Status: journal.FollowUpSkipped, Due: journal.NewDate(9999, time.December, 31)},
			{ID: "keep_in_touch-3", Kind: "", Status: journal.FollowUpSnoozed, SnoozedUntil: day.AddDays(512 * 32)},
			{ID: "check_in", Kind: journal.FollowUpConnect, Status: "later", Message: "Hello ✉"},
			{ID: "connect", Kind: journal.FollowUpConnect, Status: journal.FollowUpOpen, Message: "edited"},
		},
	})
	data := encodePlanning(iv)
	name := func() string { return "The follow-up index of interview 42" }
	var pd planningDecoder
	var got journal.Interview
	if err := pd.decode(data, &got, name); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, iv) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, *iv)
	}
	for n := range len(data) {
		var iv journal.Interview
		if err := pd.decode(data[:n], &iv, name); journal.ErrorCode(err) != journal.ECorrupt {
			t.Errorf("the first %d bytes: err = %v, want damage", n, err)
		}
	}
	var other journal.Interview
	if err := pd.decode(append(data, 0), &other, name); journal.ErrorCode(err) != journal.ECorrupt {
		t.Errorf("a byte too many: err = %v, want damage", err)
	}
	newer := append([]byte{planningFormat + 1}, data[1:]...)
	var e *journal.Error
	if err := pd.decode(newer, &other, name); !errors.As(err, &e) || e.Code != journal.ENewer {
		t.Errorf("a newer entry: err = %v, want ENewer", err)
	}
	bad := append([]byte(nil), data...)
	bad[len(bad)-1] = 0xff // a length that runs past the end
	if err := pd.decode(bad, &other, name); journal.ErrorCode(err) != journal.ECorrupt {
		t.Errorf("a broken length: err = %v, want damage", err)
	}
}

// TestPlanningCodecJournal: every interview of a demo journal in which
// follow-ups were done, skipped and snoozed reads back from its entry as
// its planning copy, with one decoder for them all as the agenda uses it.
func TestPlanningCodecJournal(t *testing.T) {
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	ivs := demo.Generate(800, 7, now)
	r := rand.New(rand.NewPCG(3, 4))
	var pd planningDecoder
	for i := range ivs {
		iv := &ivs[i]
		for _, f := range journal.PlanFollowUps(iv, iv.Date.AddDays(r.IntN(900))) {
			on := iv.Date.AddDays(r.IntN(30))
			switch r.IntN(4) {
			case 0:
				_ = iv.MarkFollowUp(f.ID, journal.FollowUpDone, on, journal.Date{}, "")
			case 1:
				_ = iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, on, journal.Date{}, "no")
			case 2:
				_ = iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(400)), "")
			}
		}
		want := planningCopy(iv)
		want.FollowUps = orNil(want.FollowUps)
		var got journal.Interview
		if err := pd.decode(encodePlanning(want), &got, func() string { return "entry" }); err != nil {
			t.Fatalf("interview %d: %v", iv.ID, err)
		}
		if !reflect.DeepEqual(&got, want) {
			t.Fatalf("interview %d read back\n%+v\nwant\n%+v", iv.ID, got, *want)
		}
	}
}

// TestPlanningDecoderBlocks: the lists a decoder hands out never share
// room, so appending to one copy's follow-ups leaves the next copy's as
// they were.
func TestPlanningDecoderBlocks(t *testing.T) {
	var pd planningDecoder
	fu := func(id string) journal.FollowUp {
		return journal.FollowUp{ID: id, Kind: journal.FollowUpKind(id), Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 1, 2)}
	}
	var a, b journal.Interview
	for _, c := range []struct {
		iv *journal.Interview
		id string
	}{{&a, "connect"}, {&b, "thank_you"}} {
		data := encodePlanning(&journal.Interview{ID: 1, FollowUps: []journal.FollowUp{fu(c.id)}})
		if err := pd.decode(data, c.iv, func() string { return "entry" }); err != nil {
			t.Fatal(err)
		}
	}
	a.FollowUps = append(a.FollowUps, fu("check_in"))
	if b.FollowUps[0].ID != "thank_you" {
		t.Fatalf("appending to one copy changed the next: %+v", b.FollowUps)
	}
}

// FuzzPlanningDecode: whatever bytes an entry holds, reading it gives a
// copy or an error, never a panic, and a copy it gives is written again
// as an entry that reads back as the same copy.
func FuzzPlanningDecode(f *testing.F) {
	day := journal.NewDate(2026, time.March, 14)
	f.Add(encodePlanning(&journal.Interview{ID: 1, Company: "Acme", Date: day}))
	f.Add(encodePlanning(planningCopy(&journal.Interview{ID: 2, Company: "Initech", Role: "Nurse", Date: day, StillInterested: true,
		Interviewers: []journal.Person{{Name: "Ana", Title: "Recruiter"}}, Feedback: []journal.Feedback{{Date: day}},
		Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day.AddDays(2)},
		FollowUps: []journal.FollowUp{{ID: "keep_in_touch-2", Kind: journal.FollowUpKeepInTouch, Status: journal.FollowUpDone, Due: day, DoneAt: day},
			{ID: "odd", Kind: journal.FollowUpConnect, Status: "later", Note: "n", Message: "m"}}})))
	f.Fuzz(func(t *testing.T, data []byte) {
		var pd planningDecoder
		var iv journal.Interview
		if err := pd.decode(data, &iv, func() string { return "entry" }); err != nil {
			return
		}
		var again journal.Interview
		if err := pd.decode(encodePlanning(&iv), &again, func() string { return "entry" }); err != nil || !reflect.DeepEqual(again, iv) {
			t.Fatalf("a copy read from %x, written again, reads back as\n%+v (%v)\nnot\n%+v", data, again, err, iv)
		}
	})
}
