package journal_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestPlanFollowUps_KeepInTouch(t *testing.T) {
	iv := fuInterview()
	iv.StillInterested = true
	iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(6)}

	openKeepInTouch := func(plan []journal.FollowUp) []journal.FollowUp {
		var out []journal.FollowUp
		for _, f := range plan {
			if f.Kind == journal.FollowUpKeepInTouch && f.Status == journal.FollowUpOpen {
				out = append(out, f)
			}
		}
		if len(out) != 1 {
			t.Fatalf("want exactly one open keep-in-touch, got %v", out)
		}
		return out
	}

	first := openKeepInTouch(journal.PlanFollowUps(iv, fuDay.AddDays(6)))[0]
	if first.ID != "keep_in_touch-1" || first.Due != fuDay.AddDays(96) {
		t.Fatalf("first keep-in-touch %s due %s, want keep_in_touch-1 90 days after the rejection", first.ID, first.Due)
	}

	sent := fuDay.AddDays(100)
	if err := iv.MarkFollowUp(first.ID, journal.FollowUpDone, sent, journal.Date{}, "sent an article"); err != nil {
		t.Fatal(err)
	}
	plan := journal.PlanFollowUps(iv, sent)
	second := openKeepInTouch(plan)[0]
	if second.ID != "keep_in_touch-2" || second.Due != sent.AddDays(90) {
		t.Fatalf("second keep-in-touch %s due %s, want keep_in_touch-2 due %s", second.ID, second.Due, sent.AddDays(90))
	}
	fuWantIDs(t, plan, journal.FollowUpDone, "keep_in_touch-1")

	if err := iv.MarkFollowUp(second.ID, journal.FollowUpSkipped, second.Due, journal.Date{}, "nothing new to say"); err != nil {
		t.Fatal(err)
	}
	third := openKeepInTouch(journal.PlanFollowUps(iv, second.Due))[0]
	if third.ID != "keep_in_touch-3" || third.Due != second.Due.AddDays(90) {
		t.Fatalf("after a skip: %s due %s", third.ID, third.Due)
	}
	t.Run("RollsForwardInsteadOfPilingUp", func(t *testing.T) {
		for _, days := range []int{10, 44, 45, 100, 1000} {
			late := third.Due.AddDays(days)
			f := openKeepInTouch(journal.PlanFollowUps(iv, late))[0]
			if f.Stale(late) || f.Due.After(late.AddDays(90)) || late.After(f.Deadline().AddDays(journal.StaleAfterDays)) {
				t.Fatalf("%d days after it was due: %s due %s, stale %v", days, f.ID, f.Due, f.Stale(late))
			}
			if days <= 44 && f.ID != third.ID {
				t.Fatalf("%d days after it was due it rolled already to %s", days, f.ID)
			}
			if days > 44 && f.ID == third.ID {
				t.Fatalf("%d days after it was due it is still %s", days, f.ID)
			}
		}
	})
	t.Run("StopsWhenNoLongerInterested", func(t *testing.T) {
		iv.StillInterested = false
		plan := journal.PlanFollowUps(iv, third.Due)
		fuWantIDs(t, plan, journal.FollowUpDone, "keep_in_touch-1")
		fuWantIDs(t, plan, journal.FollowUpSkipped, "keep_in_touch-2")
		for _, f := range plan {
			if f.Status == journal.FollowUpOpen && f.Kind == journal.FollowUpKeepInTouch {
				t.Fatalf("keep-in-touch planned without interest: %+v", f)
			}
		}
	})
}

func TestFollowUpIDs(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, k := range journal.FollowUpKinds() {
			id := journal.FollowUpID(k, 3)
			kind, n, err := journal.ParseFollowUpID(id)
			if err != nil || kind != k {
				t.Fatalf("%s: parsed %q as %q, %v", k, id, kind, err)
			}
			if k == journal.FollowUpKeepInTouch && (id != "keep_in_touch-3" || n != 3) {
				t.Fatalf("repeating id %q, n %d", id, n)
			}
			if k != journal.FollowUpKeepInTouch && id != string(k) {
				t.Fatalf("single id %q for %s", id, k)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, id := range []string{"", "thanks", "thank_you-1", "keep_in_touch", "keep_in_touch-0", "keep_in_touch-x", "keep_in_touch-01"} {
			if _, _, err := journal.ParseFollowUpID(id); journal.ErrorCode(err) != journal.EInvalid {
				t.Errorf("%q: got %v, want an invalid error", id, err)
			}
		}
	})
	t.Run("UID", func(t *testing.T) {
		f := journal.FollowUp{ID: "keep_in_touch-2"}
		a, b := journal.FollowUpUID(1, f), journal.FollowUpUID(12, f)
		if a == b || a != journal.FollowUpUID(1, f) {
			t.Fatalf("uids not unique per interview or not stable: %q %q", a, b)
		}
		if journal.FollowUpUID(1, journal.FollowUp{ID: "thank_you"}) == a {
			t.Fatal("uids of different follow-ups collide")
		}
	})
}

func TestFollowUpKinds(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range journal.FollowUpKinds() {
		if !k.Valid() {
			t.Errorf("%s not valid", k)
		}
		for _, s := range []string{k.Label(), k.Why()} {
			if s == "" || s == string(k) || seen[s] {
				t.Errorf("%s: missing or repeated text %q", k, s)
			}
			seen[s] = true
		}
	}
	if journal.FollowUpKind("nope").Valid() {
		t.Error("an unknown kind is valid")
	}
}
