package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// fuDecided reports whether the picker shows interview id saved with a
// decision: still on screen, with the status saved in the journal.
func fuDecided(t *testing.T, m *Model, j *fakeJournal, id uint64) bool {
	t.Helper()
	iv, err := j.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	return m.screen == kit.ScreenOutcome && iv.Outcome.Status != journal.StatusPending
}

// fuOpenIDs lists the open follow-ups of an interview in the fake journal.
func fuOpenIDs(t *testing.T, j *fakeJournal, id uint64) []string {
	t.Helper()
	iv, err := j.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range journal.PlanFollowUps(iv, fuToday) {
		if f.Status == journal.FollowUpOpen {
			out = append(out, f.ID)
		}
	}
	return out
}

func TestOutcomeRejectedReplansFollowUps(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	before := fuOpenIDs(t, j, 1)
	if !slices.Contains(before, "check_in") || slices.Contains(before, "gracious_reply") {
		t.Fatalf("a pending interview plans %v", before)
	}
	m := newTestModel(t, j, StartHome)
	press(t, m, fuKey("o"))
	if m.screen != kit.ScreenOutcome || !strings.Contains(fuScreen(m), "Acme") {
		t.Fatalf("o on home opened %v", m.screen)
	}
	press(t, m, fuKey("4"), keyEnter)
	iv, _ := j.Interview(1)
	if iv.Outcome != (journal.Outcome{Status: journal.StatusRejected, Date: fuToday}) {
		t.Fatalf("saved outcome %+v", iv.Outcome)
	}
	after := fuOpenIDs(t, j, 1)
	for _, id := range []string{"gracious_reply", "recruiter_feedback", "feedback_request"} {
		if !slices.Contains(after, id) {
			t.Errorf("a rejection does not plan %s: %v", id, after)
		}
	}
	for _, id := range []string{"check_in", "thank_you"} {
		if slices.Contains(after, id) {
			t.Errorf("a rejection still plans %s: %v", id, after)
		}
	}
	if s := fuScreen(m); !strings.Contains(s, "What next?") || !strings.Contains(s, "Reflect on the decision") {
		t.Fatalf("no offer after a decision:\n%s", s)
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenHome {
		t.Fatalf("enter after the decision went to %v", m.screen)
	}
}

func TestOutcomeDateAndInterest(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 5))
	m := newTestModel(t, j, StartHome)
	press(t, m, fuKey("o"), fuKey("4"), fuKeyTab)
	for range 10 {
		press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	typeText(t, m, "2026-03-01")
	press(t, m, keyEnter)
	if !strings.Contains(fuScreen(m), "✗") || fuDecided(t, m, j, 1) {
		t.Fatal("an outcome before the interview was saved")
	}
	for range 10 {
		press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	typeText(t, m, "2026-03-12")
	press(t, m, fuKeyTab, fuKeySpace, keyEnter)
	iv, _ := j.Interview(1)
	if iv.Outcome.Date != journal.NewDate(2026, 3, 12) || !iv.StillInterested {
		t.Fatalf("saved %+v, still interested %v", iv.Outcome, iv.StillInterested)
	}
	if !slices.Contains(fuOpenIDs(t, j, 1), "keep_in_touch-1") {
		t.Fatalf("still interested after a rejection plans no keep-in-touch: %v", fuOpenIDs(t, j, 1))
	}
}

func TestOutcomePendingGoesBack(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	fuOpenOutcome(t, m, 1)
	press(t, m, fuKey("2"), keyEnter)
	if !fuDecided(t, m, j, 1) {
		t.Fatal("a next round is a decision")
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenFollowUps {
		t.Fatalf("the picker went back to %v, not to the follow-ups", m.screen)
	}
	fuOpenOutcome(t, m, 1)
	press(t, m, fuKey("1"), keyEnter)
	if m.screen != kit.ScreenFollowUps {
		t.Fatalf("saving pending went to %v", m.screen)
	}
	if iv, _ := j.Interview(1); iv.Outcome != (journal.Outcome{Status: journal.StatusPending}) {
		t.Fatalf("pending saved as %+v", iv.Outcome)
	}
}

// fuOpenOutcome opens the picker the way another screen would.
func fuOpenOutcome(t *testing.T, m *Model, id uint64) {
	t.Helper()
	_, cmd := m.Update(kit.NavigateMsg{To: kit.ScreenOutcome, ID: id})
	run(t, m, cmd)
}

func TestHomeSelectsRecentInterview(t *testing.T) {
	j := fuJournal(t, fuPending("Older", 9), fuPending("Newer", 1))
	j.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Globex"}, UpdatedAt: fixedNow})
	m := newTestModel(t, j, StartHome)
	press(t, m, keyDown, keyDown, fuKey("o"))
	if m.screen != kit.ScreenOutcome || m.pageID != 1 {
		t.Fatalf("o on the second recent interview opened %v for %d", m.screen, m.pageID)
	}
	press(t, m, keyEsc)
	press(t, m, fuKeyUp, fuKeyUp)
	press(t, m, fuKey("o"))
	if m.pageID != 2 {
		t.Fatalf("o without a selection opened interview %d, not the newest", m.pageID)
	}
}

func TestGoldenOutcome(t *testing.T) {
	m := newTestModel(t, fuJournal(t, fuPending("Acme", 2)), StartHome)
	press(t, m, fuKey("o"), keyDown, keyDown, keyDown)
	golden.RequireEqual(t, []byte(fuScreen(m)))
}
