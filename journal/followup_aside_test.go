package journal_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestFollowUpAside(t *testing.T) {
	t.Run("KeptBesideTheMessage", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetFollowUpMessage("thank_you", "Theirs", ""); err != nil {
			t.Fatal(err)
		}
		if err := iv.SetFollowUpAside("thank_you", "Mine\r\nto keep\n"); err != nil {
			t.Fatal(err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you")
		if f.Message != "Theirs" || f.Aside != "Mine\nto keep" || !f.HasAside() {
			t.Fatalf("message %q aside %q", f.Message, f.Aside)
		}
		if err := iv.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("AloneKeepsARecord", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetFollowUpAside("thank_you", "Mine"); err != nil || len(iv.FollowUps) != 1 {
			t.Fatalf("err %v records %+v", err, iv.FollowUps)
		}
		// Resetting the message leaves the version aside.
		if err := iv.ResetFollowUpMessage("thank_you"); err != nil {
			t.Fatal(err)
		}
		if f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you"); f.Aside != "Mine" || f.Edited() {
			t.Fatalf("after a reset: %+v", f)
		}
		if dropped, err := iv.DropFollowUpAside("thank_you", "Other"); dropped || err != nil {
			t.Fatalf("dropped a version it was not asked to: %v %v", dropped, err)
		}
		if dropped, err := iv.DropFollowUpAside("thank_you", "Mine\n"); !dropped || err != nil || len(iv.FollowUps) != 0 {
			t.Fatalf("dropped %v err %v records %+v", dropped, err, iv.FollowUps)
		}
	})
	t.Run("SurvivesMarking", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetFollowUpAside("thank_you", "Mine"); err != nil {
			t.Fatal(err)
		}
		for _, st := range []journal.FollowUpStatus{journal.FollowUpDone, journal.FollowUpOpen, journal.FollowUpSnoozed, journal.FollowUpOpen} {
			if err := iv.MarkFollowUp("thank_you", st, fuDay, fuDay.AddDays(2), ""); err != nil {
				t.Fatal(err)
			}
			if f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you"); f.Aside != "Mine" {
				t.Fatalf("marked %s: the version aside is gone: %+v", st, f)
			}
		}
	})
	t.Run("ErrTooLong", func(t *testing.T) {
		iv := fuInterview()
		err := iv.SetFollowUpAside("thank_you", strings.Repeat("x", journal.MaxTextBytes+1))
		var je *journal.Error
		if !errors.As(err, &je) || je.Code != journal.EInvalid || len(iv.FollowUps) != 0 {
			t.Fatalf("err %v records %d", err, len(iv.FollowUps))
		}
		iv.FollowUps = []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpOpen,
			Aside: strings.Repeat("x", journal.MaxTextBytes+1)}}
		if err := iv.Validate(); err == nil || !strings.Contains(err.Error(), "message_aside") {
			t.Fatalf("an oversized aside passes: %v", err)
		}
	})
	t.Run("KeptAfterAnotherVersion", func(t *testing.T) {
		iv := fuInterview()
		// A version kept aside earlier, by another window or another day.
		if err := iv.SetFollowUpAside("thank_you", "First version"); err != nil {
			t.Fatal(err)
		}
		if err := iv.KeepFollowUpAside("thank_you", "Second", ""); err != nil {
			t.Fatal(err)
		}
		aside := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if v := journal.AsideVersions(aside); len(v) != 2 || v[0] != "First version" || v[1] != "Second" {
			t.Fatalf("the first version is not kept ahead of the second: %q", aside)
		}
		// Typed on: the caller's own version changes, the first stays.
		if err := iv.KeepFollowUpAside("thank_you", "Second, longer", "Second"); err != nil {
			t.Fatal(err)
		}
		aside = fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if v := journal.AsideVersions(aside); len(v) != 2 || v[0] != "First version" || v[1] != "Second, longer" {
			t.Fatalf("typing on changed more than its own version: %q", aside)
		}
		// Dropping its own version leaves the first.
		if dropped, err := iv.DropFollowUpAside("thank_you", "Second, longer"); !dropped || err != nil {
			t.Fatalf("dropped %v err %v", dropped, err)
		}
		if aside = fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside; aside != "First version" {
			t.Fatalf("after dropping its own version the aside is %q", aside)
		}
	})
	t.Run("OwnVersionChangedWhereverItStands", func(t *testing.T) {
		iv := fuInterview()
		for _, step := range []struct{ text, mine string }{{"B1", ""}, {"C1", ""}, {"B1 B2", "B1"}} {
			if err := iv.KeepFollowUpAside("thank_you", step.text, step.mine); err != nil {
				t.Fatal(err)
			}
		}
		aside := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if v := journal.AsideVersions(aside); len(v) != 2 || v[0] != "B1 B2" || v[1] != "C1" {
			t.Fatalf("typing on added a copy instead of changing its own version: %q", aside)
		}
		// Its own version is dropped though another follows it.
		if dropped, err := iv.DropFollowUpAside("thank_you", "B1 B2"); !dropped || err != nil {
			t.Fatalf("dropped %v err %v", dropped, err)
		}
		if aside = fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside; aside != "C1" {
			t.Fatalf("after dropping its own version the aside is %q", aside)
		}
		// Typed on once its version was dropped: kept again, after the others.
		if err := iv.KeepFollowUpAside("thank_you", "B1 B2 B3", "B1 B2"); err != nil {
			t.Fatal(err)
		}
		if v := journal.AsideVersions(fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside); len(v) != 2 || v[0] != "C1" || v[1] != "B1 B2 B3" {
			t.Fatalf("versions %q", v)
		}
	})
	t.Run("ErrBadID", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetFollowUpAside("nonsense", "Mine"); err == nil {
			t.Fatal("a bad id is taken")
		}
	})
}
