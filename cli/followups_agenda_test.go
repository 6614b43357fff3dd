package cli_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// agendaItem is one item of 'followups --json' as these tests read it.
type agendaItem struct {
	Ref          string `json:"ref"`
	Kind         string `json:"kind"`
	Due          string `json:"due"`
	Deadline     string `json:"deadline"`
	SnoozedUntil string `json:"snoozed_until"`
	DaysLate     int    `json:"days_late"`
	Edited       bool   `json:"edited"`
}

// agendaDoc runs 'followups --json' and returns every group's items.
func agendaDoc(t *testing.T, db string) map[string][]agendaItem {
	t.Helper()
	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "--json")
	if code != 0 {
		t.Fatalf("followups --json: exit %d: %s", code, errOut)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	groups := map[string][]agendaItem{}
	for _, g := range []string{"overdue", "today", "this_week", "later", "stale", "snoozed"} {
		var items []agendaItem
		if err := json.Unmarshal(doc[g], &items); err != nil || items == nil {
			t.Fatalf("group %s is missing: %v (%s)", g, err, doc[g])
		}
		groups[g] = items
	}
	return groups
}

func refsOf(items []agendaItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Ref)
	}
	return out
}

// allRefs lists every open and snoozed follow-up of the agenda.
func allRefs(groups map[string][]agendaItem) []string {
	var out []string
	for _, g := range []string{"overdue", "today", "this_week", "later", "stale", "snoozed"} {
		out = append(out, refsOf(groups[g])...)
	}
	return out
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, errOut, code := fuRun(t, db, fuNow, "", "", args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s %s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// TestAgendaOverdueOrder: the overdue group puts an offer's deadline before
// a thank-you, a thank-you before a check-in, a check-in before a request
// for other openings, and within each the latest first, each with how late
// it is.
func TestAgendaOverdueOrder(t *testing.T) {
	today := journal.DateOf(fuNow)
	mk := func(company string, day journal.Date, status journal.Status, heard journal.Date) journal.Interview {
		iv := fuInterview(company, day)
		iv.Interviewers = nil
		iv.Outcome = journal.Outcome{Status: status, Date: heard}
		return iv
	}
	offer := mk("Offerco", today.AddDays(-12), journal.StatusOffer, today.AddDays(-9))
	offer.FollowUps = []journal.FollowUp{
		{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: today.AddDays(-12)},
		{ID: "offer_thanks", Kind: journal.FollowUpOfferThanks, Status: journal.FollowUpDone, DoneAt: today.AddDays(-9)},
		{ID: "offer_in_writing", Kind: journal.FollowUpOfferInWriting, Status: journal.FollowUpDone, DoneAt: today.AddDays(-8)},
	}
	db := seedJournal(t,
		mk("Early", today.AddDays(-25), journal.StatusNoResponse, today.AddDays(-15)), // thank-you 24 days late, check-in 9, other openings 1
		mk("Recent", today.AddDays(-3), journal.StatusPending, journal.Date{}),        // thank-you 2 days late
		offer, // reply due 4 days ago
		mk("Waiting", today.AddDays(-20), journal.StatusPending, journal.Date{}), // thank-you 19 days late, check-in 4 days late (Early's 9)
	)
	overdue := agendaDoc(t, db)["overdue"]
	want := []string{"3/offer_reply", "3/offer_decline", "1/thank_you", "4/thank_you", "2/thank_you", "1/check_in", "4/check_in", "1/other_openings"}
	if got := refsOf(overdue); !slices.Equal(got, want) {
		t.Fatalf("overdue in the order %v, want %v", got, want)
	}
	for _, it := range overdue {
		if it.DaysLate < 1 || it.DaysLate > journal.StaleAfterDays {
			t.Errorf("%s is %d days late", it.Ref, it.DaysLate)
		}
	}
	if overdue[2].DaysLate != 24 || overdue[4].DaysLate != 2 {
		t.Errorf("days late: %+v", overdue)
	}
	out := mustRun(t, db, "followups", "--plain")
	if !strings.Contains(out, "3/offer_reply · 4 days late, it was due by ") || !strings.Contains(out, "2/thank_you · 2 days late") {
		t.Errorf("the plain list does not say how late:\n%s", out)
	}
}

// TestAgendaKeepInTouchRollsForward: an interview left alone for two years
// has one keep-in-touch note open, not a pile, and it is never stale.
func TestAgendaKeepInTouchRollsForward(t *testing.T) {
	today := journal.DateOf(fuNow)
	iv := fuInterview("Acme", today.AddDays(-730))
	iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: today.AddDays(-720)}
	iv.StillInterested = true
	db := seedJournal(t, iv)
	groups := agendaDoc(t, db)
	var kit []agendaItem
	for _, g := range []string{"overdue", "today", "this_week", "later", "stale", "snoozed"} {
		for _, it := range groups[g] {
			if it.Kind == string(journal.FollowUpKeepInTouch) {
				kit = append(kit, it)
			}
		}
	}
	if len(kit) != 1 || slices.Contains(refsOf(groups["stale"]), kit[0].Ref) || kit[0].Ref == "1/keep_in_touch-1" {
		t.Fatalf("keep-in-touch notes after two years: %+v (stale: %v)", kit, refsOf(groups["stale"]))
	}
	mustRun(t, db, "followups", "done", kit[0].Ref)
	after := allRefs(agendaDoc(t, db))
	if slices.Contains(after, kit[0].Ref) || !slices.ContainsFunc(after, func(r string) bool { return strings.HasPrefix(r, "1/keep_in_touch-") }) {
		t.Fatalf("after sending it: %v", after)
	}
}

// TestAgendaStaleLetGo: follow-ups more than a month past their deadline
// are listed as stale, and letgo records each one skipped at once.
func TestAgendaStaleLetGo(t *testing.T) {
	today := journal.DateOf(fuNow)
	old := fuInterview("Oldco", today.AddDays(-45))
	recent := fuInterview("Newco", today.AddDays(-2))
	db := seedJournal(t, old, recent)
	groups := agendaDoc(t, db)
	stale := refsOf(groups["stale"])
	// The check-in, due two weeks after, is 29 days late: overdue, not stale.
	if !slices.Equal(stale, []string{"1/thank_you", "1/connect"}) || !slices.Contains(refsOf(groups["overdue"]), "1/check_in") {
		t.Fatalf("stale = %v", stale)
	}
	for _, it := range groups["stale"] {
		if it.DaysLate <= journal.StaleAfterDays {
			t.Errorf("%s is stale at %d days late", it.Ref, it.DaysLate)
		}
	}
	if slices.Contains(refsOf(groups["overdue"]), "1/thank_you") {
		t.Fatalf("stale items also overdue: %v", refsOf(groups["overdue"]))
	}

	out := mustRun(t, db, "followups", "letgo", "--dry-run")
	if !strings.Contains(out, "Would let go of 2 stale follow-ups") || len(agendaDoc(t, db)["stale"]) != 2 {
		t.Fatalf("a dry run:\n%s", out)
	}
	out = mustRun(t, db, "followups", "letgo")
	if !strings.Contains(out, "Let go of 2 stale follow-ups") {
		t.Fatalf("letgo said:\n%s", out)
	}
	after := agendaDoc(t, db)
	if len(after["stale"]) != 0 || !slices.Contains(refsOf(after["overdue"]), "2/thank_you") {
		t.Fatalf("after letgo: %v", after)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	iv, err := s.Interview(1)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range stale {
		_, fid, _ := strings.Cut(id, "/")
		i := slices.IndexFunc(iv.FollowUps, func(f journal.FollowUp) bool { return f.ID == fid })
		if i < 0 || iv.FollowUps[i].Status != journal.FollowUpSkipped || iv.FollowUps[i].Note != journal.LetGoNote {
			t.Errorf("%s is not recorded as skipped: %+v", id, iv.FollowUps)
		}
	}
	if out := mustRun(t, db, "followups", "letgo"); !strings.Contains(out, "nothing to let go") {
		t.Fatalf("a second letgo: %s", out)
	}
}

// TestAgendaSnoozed: a snoozed follow-up is listed as snoozed with its day,
// and a snooze counts from the day it is due when that is still ahead.
func TestAgendaSnoozed(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today))
	groups := agendaDoc(t, db)
	i := slices.IndexFunc(groups["later"], func(it agendaItem) bool { return it.Ref == "1/check_in" })
	if i < 0 {
		t.Fatalf("no check-in planned: %v", groups)
	}
	due := groups["later"][i].Due
	mustRun(t, db, "followups", "snooze", "1/check_in", "3d")
	mustRun(t, db, "followups", "snooze", "1/thank_you")
	groups = agendaDoc(t, db)
	if got := refsOf(groups["snoozed"]); !slices.Equal(got, []string{"1/thank_you", "1/check_in"}) {
		t.Fatalf("snoozed = %v", got)
	}
	d, _ := journal.ParseDate(due)
	if got := groups["snoozed"][1].SnoozedUntil; got != d.AddDays(3).String() {
		t.Errorf("a check-in due %s snoozed for 3d comes back on %s", due, got)
	}
	if got := groups["snoozed"][0].SnoozedUntil; got != today.AddDays(1).String() {
		t.Errorf("a thank-you due today snoozed for a day comes back on %s", got)
	}
	if slices.Contains(refsOf(groups["later"]), "1/check_in") {
		t.Error("a snoozed check-in is still listed as later")
	}
	if out := mustRun(t, db, "followups", "--plain"); !strings.Contains(out, "\nSnoozed\n") || !strings.Contains(out, "snoozed until") {
		t.Errorf("the plain list does not show what is snoozed:\n%s", out)
	}
}

// TestAgendaOffer: an offer plans thanks, a request for it in writing and a
// reply or a decline by the deadline; answering one way closes the other.
func TestAgendaOffer(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-5)))
	mustRun(t, db, "outcome", "1", "offer", "--reply-by", today.AddDays(6).String())
	all := allRefs(agendaDoc(t, db))
	for _, want := range []string{"1/offer_thanks", "1/offer_in_writing", "1/offer_reply", "1/offer_decline"} {
		if !slices.Contains(all, want) {
			t.Errorf("an offer does not plan %s: %v", want, all)
		}
	}
	if slices.Contains(all, "1/check_in") {
		t.Errorf("an offer still plans a check-in: %v", all)
	}
	for _, it := range agendaDoc(t, db)["later"] {
		if it.Ref == "1/offer_reply" && it.Due != today.AddDays(6).String() {
			t.Errorf("the reply is due %s, not on the day they asked for", it.Due)
		}
	}
	if _, _, code := fuRun(t, db, fuNow, "", "", "outcome", "1", "--reply-by", today.AddDays(-30).String()); code == 0 {
		t.Error("a reply due before the offer was accepted")
	}
	mustRun(t, db, "followups", "done", "1/offer_reply")
	if all := allRefs(agendaDoc(t, db)); slices.Contains(all, "1/offer_decline") {
		t.Errorf("accepting the offer still plans declining it: %v", all)
	}
}

// TestAgendaFeedbackClosesRequests: feedback recorded for a rejection closes
// the request for feedback and the recruiter request.
func TestAgendaFeedbackClosesRequests(t *testing.T) {
	today := journal.DateOf(fuNow)
	iv := fuInterview("Acme", today.AddDays(-16))
	iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: today.AddDays(-3)}
	db := seedJournal(t, iv)
	before := allRefs(agendaDoc(t, db))
	if !slices.Contains(before, "1/feedback_request") || !slices.Contains(before, "1/recruiter_feedback") {
		t.Fatalf("a rejection with a recruiter plans %v", before)
	}
	mustRun(t, db, "feedback", "1", "--from", "Sam", "Wanted", "more", "depth")
	after := allRefs(agendaDoc(t, db))
	if slices.Contains(after, "1/feedback_request") || slices.Contains(after, "1/recruiter_feedback") {
		t.Fatalf("feedback recorded, and still planned: %v", after)
	}
	if !slices.Contains(after, "1/gracious_reply") {
		t.Fatalf("the gracious reply went too: %v", after)
	}
}

// TestFollowUpDraftEdits: an edit of a message is kept with its follow-up
// across runs, shown as edited, and can be reset.
func TestFollowUpDraftEdits(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today))
	draft := mustRun(t, db, "followups", "draft", "1/thank_you")
	mine := "Hi Dana,\n\nThanks for today; here is the link I mentioned.\n\nAda\n"
	if out, errOut, code := fuRun(t, db, fuNow, "", mine, "followups", "draft", "1/thank_you", "--save", "-"); code != 0 || !strings.Contains(out, "Kept your edit") {
		t.Fatalf("--save: exit %d: %s %s", code, out, errOut)
	}
	out, errOut, code := fuRun(t, db, fuNow, "", "", "followups", "draft", "1/thank_you")
	if code != 0 || out != strings.TrimSpace(mine)+"\n" || !strings.Contains(errOut, "your edit") {
		t.Fatalf("after --save, draft prints (exit %d)\n%q\n%s", code, out, errOut)
	}
	if got := mustRun(t, db, "followups", "draft", "1/thank_you", "--original"); got != draft {
		t.Errorf("--original prints\n%s\nnot the draft\n%s", got, draft)
	}
	for _, it := range agendaDoc(t, db)["today"] {
		if it.Ref == "1/thank_you" && !it.Edited {
			t.Error("the agenda does not say the message was edited")
		}
	}
	mustRun(t, db, "followups", "snooze", "1/thank_you")
	mustRun(t, db, "followups", "reopen", "1/thank_you")
	if got := mustRun(t, db, "followups", "draft", "1/thank_you"); got != strings.TrimSpace(mine)+"\n" {
		t.Errorf("the edit was lost by a snooze and a reopen:\n%s", got)
	}
	if out := mustRun(t, db, "followups", "draft", "1/thank_you", "--reset"); !strings.Contains(out, "Dropped your edit") {
		t.Errorf("--reset said %s", out)
	}
	if got := mustRun(t, db, "followups", "draft", "1/thank_you"); got != draft {
		t.Errorf("after --reset draft prints\n%s", got)
	}
	if _, _, code := fuRun(t, db, fuNow, "", "  \n", "followups", "draft", "1/thank_you", "--save", "-"); code == 0 {
		t.Error("an empty edit was accepted")
	}
}
