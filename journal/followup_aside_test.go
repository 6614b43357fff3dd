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
		if dropped, err := iv.DropFollowUpAside("thank_you", "", "Other"); dropped || err != nil {
			t.Fatalf("dropped a version it was not asked to: %v %v", dropped, err)
		}
		if dropped, err := iv.DropFollowUpAside("thank_you", "", "Mine\n"); !dropped || err != nil || len(iv.FollowUps) != 0 {
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
		before, err := iv.KeepFollowUpAside("thank_you", "Second", "", "")
		if err != nil {
			t.Fatal(err)
		}
		aside := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if !strings.HasPrefix(aside, "First version\n") || !strings.HasSuffix(aside, "\nSecond") {
			t.Fatalf("the first version is not kept ahead of the second: %q", aside)
		}
		// Typed on: the box's own part changes, the first version stays.
		if before, err = iv.KeepFollowUpAside("thank_you", "Second, longer", before, "Second"); err != nil {
			t.Fatal(err)
		}
		aside = fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if strings.Count(aside, "First version") != 1 || !strings.HasSuffix(aside, "\nSecond, longer") || strings.Contains(aside, "Second\n") {
			t.Fatalf("typing on changed more than its own version: %q", aside)
		}
		// Dropping its own version leaves the first.
		if dropped, err := iv.DropFollowUpAside("thank_you", before, "Second, longer"); !dropped || err != nil {
			t.Fatalf("dropped %v err %v", dropped, err)
		}
		if aside = fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside; aside != "First version" {
			t.Fatalf("after dropping its own version the aside is %q", aside)
		}
	})
	t.Run("KeptAfterAVersionKeptMeanwhile", func(t *testing.T) {
		iv := fuInterview()
		before, err := iv.KeepFollowUpAside("thank_you", "Mine", "", "")
		if err != nil || before != "" {
			t.Fatalf("before %q err %v", before, err)
		}
		// Another window keeps its own words aside over it, as it could
		// before it knew of this one's.
		if err := iv.SetFollowUpAside("thank_you", "Theirs"); err != nil {
			t.Fatal(err)
		}
		if _, err := iv.KeepFollowUpAside("thank_you", "Mine again", before, "Mine"); err != nil {
			t.Fatal(err)
		}
		aside := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside
		if !strings.HasPrefix(aside, "Theirs\n") || !strings.HasSuffix(aside, "\nMine again") {
			t.Fatalf("the version kept meanwhile was written over: %q", aside)
		}
		// A version dropped meanwhile is not brought back.
		if err := iv.SetFollowUpAside("thank_you", ""); err != nil {
			t.Fatal(err)
		}
		if before, err = iv.KeepFollowUpAside("thank_you", "Only mine", before, "Mine again"); err != nil || before != "" {
			t.Fatalf("before %q err %v", before, err)
		}
		if aside := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you").Aside; aside != "Only mine" {
			t.Fatalf("aside %q", aside)
		}
	})
	t.Run("ErrBadID", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetFollowUpAside("nonsense", "Mine"); err == nil {
			t.Fatal("a bad id is taken")
		}
	})
}
