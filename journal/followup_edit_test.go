package journal_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestFollowUpMessageEdits(t *testing.T) {
	iv := fuInterview()
	mc := journal.MessageContext{Interview: iv, Today: fuDay}
	f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you")
	drafted, _, err := journal.FollowUpText(mc, f, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("SameAsTheDraftKeepsNothing", func(t *testing.T) {
		if err := iv.SetFollowUpMessage("thank_you", drafted+"\n", drafted); err != nil || len(iv.FollowUps) != 0 {
			t.Fatalf("err %v, records %+v", err, iv.FollowUps)
		}
	})
	t.Run("Kept", func(t *testing.T) {
		if err := iv.SetFollowUpMessage("thank_you", "Hi Dana,\r\n\r\nThanks!\n", drafted); err != nil {
			t.Fatal(err)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you")
		text, edited, err := journal.FollowUpText(mc, f, "")
		if err != nil || !edited || !f.Edited() || text != "Hi Dana,\n\nThanks!" || f.Status != journal.FollowUpOpen {
			t.Fatalf("%q edited %v status %s err %v", text, edited, f.Status, err)
		}
		if err := iv.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("SurvivesMarking", func(t *testing.T) {
		for _, st := range []journal.FollowUpStatus{journal.FollowUpSnoozed, journal.FollowUpDone, journal.FollowUpOpen, journal.FollowUpSkipped, journal.FollowUpOpen} {
			if err := iv.MarkFollowUp("thank_you", st, fuDay, fuDay.AddDays(2), ""); err != nil {
				t.Fatal(err)
			}
			if f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you"); f.Message != "Hi Dana,\n\nThanks!" || f.Status != st {
				t.Fatalf("after %s: %+v", st, f)
			}
		}
	})
	t.Run("Reset", func(t *testing.T) {
		if err := iv.ResetFollowUpMessage("thank_you"); err != nil || len(iv.FollowUps) != 0 {
			t.Fatalf("err %v, records %+v", err, iv.FollowUps)
		}
		f := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you")
		if text, edited, _ := journal.FollowUpText(mc, f, ""); edited || text != drafted {
			t.Fatalf("after a reset: %q", text)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		if err := iv.SetFollowUpMessage("postcard", "hi", ""); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		if err := iv.SetFollowUpMessage("thank_you", strings.Repeat("a", journal.MaxTextBytes+1), ""); journal.ErrorCode(err) != journal.EInvalid || len(iv.FollowUps) != 0 {
			t.Fatalf("got %v", err)
		}
	})
}

func TestSnoozeChoices(t *testing.T) {
	iv := fuInterview()
	checkIn := fuFind(t, journal.PlanFollowUps(iv, fuDay), "check_in") // due in two weeks
	for _, c := range journal.SnoozeChoices(checkIn, fuDay) {
		if !c.Until.After(checkIn.Due) || !strings.Contains(c.Label, "after it's due") {
			t.Errorf("snoozing a note due %s: %+v", checkIn.Due, c)
		}
	}
	thanks := fuFind(t, journal.PlanFollowUps(iv, fuDay), "thank_you")
	got := journal.SnoozeChoices(thanks, fuDay)
	if got[0].Label != "tomorrow" || got[0].Until != fuDay.AddDays(1) {
		t.Errorf("snoozing a note due today: %+v", got)
	}
	if journal.SnoozeFrom(thanks, fuDay.AddDays(5)) != fuDay.AddDays(5) {
		t.Error("an overdue note snoozes from today")
	}
}

func TestLetGoStale(t *testing.T) {
	iv := fuInterview()
	today := fuDay.AddDays(45)
	ids, err := iv.LetGoStale(today)
	if err != nil || !slices.Equal(ids, []string{"thank_you", "connect"}) {
		t.Fatalf("let go %v, %v", ids, err)
	}
	for _, f := range journal.PlanFollowUps(iv, today) {
		if f.Stale(today) {
			t.Errorf("still stale: %+v", f)
		}
		if slices.Contains(ids, f.ID) && (f.Status != journal.FollowUpSkipped || f.Note != journal.LetGoNote) {
			t.Errorf("not recorded as let go: %+v", f)
		}
	}
}

func TestPlanFollowUps_Offer(t *testing.T) {
	iv := fuInterview()
	iv.Outcome = journal.Outcome{Status: journal.StatusOffer, Date: fuDay.AddDays(3)}
	plan := journal.PlanFollowUps(iv, fuDay.AddDays(3))
	fuWantDue(t, plan, "offer_thanks", fuDay.AddDays(3))
	fuWantDue(t, plan, "offer_in_writing", fuDay.AddDays(4))
	fuWantDue(t, plan, "offer_reply", fuDay.AddDays(8))
	if err := iv.SetReplyBy(fuDay.AddDays(12)); err != nil {
		t.Fatal(err)
	}
	fuWantDue(t, journal.PlanFollowUps(iv, fuDay.AddDays(3)), "offer_decline", fuDay.AddDays(12))
	if err := iv.SetReplyBy(fuDay); journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("a reply due before the offer: %v", err)
	}
	if err := iv.MarkFollowUp("offer_decline", journal.FollowUpDone, fuDay.AddDays(5), journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	plan = journal.PlanFollowUps(iv, fuDay.AddDays(5))
	fuAbsent(t, plan, "offer_reply")
	fuWantIDs(t, plan, journal.FollowUpDone, "offer_decline")
	pending := fuInterview()
	if err := pending.SetReplyBy(fuDay); journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("a reply day without an offer: %v", err)
	}
}

func TestPlanFollowUps_FeedbackClosesRequests(t *testing.T) {
	iv := fuInterview()
	iv.Interviewers = append(iv.Interviewers, journal.Person{Name: "Sam", Title: "Recruiter"})
	iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(5)}
	plan := journal.PlanFollowUps(iv, fuDay.AddDays(5))
	fuFind(t, plan, "feedback_request")
	fuFind(t, plan, "recruiter_feedback")
	if err := iv.AddFeedback(journal.Feedback{Date: fuDay.AddDays(6), From: "Sam", Text: "More depth on design."}); err != nil {
		t.Fatal(err)
	}
	plan = journal.PlanFollowUps(iv, fuDay.AddDays(6))
	fuAbsent(t, plan, "feedback_request")
	fuAbsent(t, plan, "recruiter_feedback")
	fuFind(t, plan, "gracious_reply")
}

func TestUnfilledSlots(t *testing.T) {
	text := "Hi,\n" + journal.NewsSlot + "\nand " + journal.RevisitSlot + "\n" + journal.PlaceholderName
	if got := journal.UnfilledSlots(text); !slices.Equal(got, []string{journal.NewsSlot, journal.RevisitSlot, journal.PlaceholderName}) {
		t.Fatalf("got %q", got)
	}
	if got := journal.UnfilledSlots("Hi,\nall filled in\nAda"); len(got) != 0 {
		t.Fatalf("got %q", got)
	}
}

func TestDraftMessage_WrapsLongLines(t *testing.T) {
	long := strings.Repeat("word ", 30)
	url := "https://example.com/" + strings.Repeat("x", 90)
	msg, err := journal.DraftMessageFor(journal.MessageContext{Interview: fuInterview()}, journal.FollowUp{Kind: journal.FollowUpConnect},
		long+"\n- "+long+"\n    "+long+"\n"+url+"\n")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(msg, "\n")
	for _, l := range lines {
		if len(l) > journal.MessageWidth && l != url {
			t.Errorf("a line of %d characters: %q", len(l), l)
		}
	}
	if !slices.Contains(lines, url) || !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "  word") }) ||
		!slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "    word") }) {
		t.Errorf("the wrapped message lost its shape:\n%s", msg)
	}
}
