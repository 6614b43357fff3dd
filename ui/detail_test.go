package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/interview"
	"github.com/debrief-journal/debrief/ui/kit"
)

// pick opens the answer picker and chooses the answer with the title.
func pick(t *testing.T, m *Model, title string) {
	t.Helper()
	press(t, m, letter('e'))
	for range 100 {
		if strings.Contains(browseScreen(m), "▸ "+title) {
			press(t, m, keyEnter)
			return
		}
		press(t, m, keyDown)
	}
	t.Fatalf("no answer titled %q:\n%s", title, browseScreen(m))
}

// openDetail opens the list and then the interview at row n.
func openDetail(t *testing.T, j *fakeJournal, n int) (*Model, *interview.Page) {
	t.Helper()
	m := openList(t, j)
	for range n {
		press(t, m, letter('j'))
	}
	press(t, m, keyEnter)
	d, ok := m.page.(*interview.Page)
	if !ok || m.screen != kit.ScreenDetail {
		t.Fatalf("enter did not open the interview; screen is %v", m.screen)
	}
	return m, d
}

func TestDetailNextAndPreviousFollowTheList(t *testing.T) {
	j := demoJournal(t, 30)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "stage:first")
	press(t, m, keyEsc)
	order := shownIDs(m)
	if len(order) < 3 {
		t.Fatalf("only %d first-round interviews", len(order))
	}
	press(t, m, keyEnter)
	d := m.page.(*interview.Page)
	press(t, m, letter('n'), letter('n'))
	if d.ID() != order[2] || !strings.Contains(browseScreen(m), j.Stored[order[2]].Company) {
		t.Fatalf("n n shows %d, want the third of the filtered list %d", d.ID(), order[2])
	}
	press(t, m, letter('p'))
	if d.ID() != order[1] {
		t.Fatalf("p shows %d, want %d", d.ID(), order[1])
	}
	press(t, m, letter('p'), letter('p'))
	if d.ID() != order[0] || !strings.Contains(browseScreen(m), "first interview in the list") {
		t.Fatalf("p at the top: id %d\n%s", d.ID(), browseScreen(m))
	}
	press(t, m, letter('n'))
	press(t, m, keyEsc)
	if m.screen != kit.ScreenBrowse || m.browse.SelectedID() != order[1] || m.browse.Query() != "stage:first" {
		t.Fatalf("back on the list: screen %v, selected %d, filter %q", m.screen, m.browse.SelectedID(), m.browse.Query())
	}
}

func TestDetailEditOutcome(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 0)
	iv := j.Stored[d.ID()]
	iv.Outcome = journal.Outcome{Status: journal.StatusPending}
	j.Stored[d.ID()] = iv
	pick(t, m, "Outcome")
	press(t, m, letter('o'), keyEnter) // o jumps to offer
	got := j.Stored[d.ID()].Outcome
	if got.Status != journal.StatusOffer || got.Date != journal.DateOf(fixedNow) {
		t.Fatalf("outcome %+v, want an offer dated today", got)
	}
	// The list shows the new outcome once back.
	press(t, m, keyEsc)
	if s := browseScreen(m); !strings.Contains(s, "offer") {
		t.Fatalf("the list does not show the offer:\n%s", s)
	}
}

func TestDetailEditThroughTheFlowUpdates(t *testing.T) {
	j := demoJournal(t, 12)
	m, d := openDetail(t, j, 1)
	id := d.ID()
	old := j.Stored[id]
	press(t, m, letter('E'))
	if m.screen != kit.ScreenReflect || m.reflect.Draft().InterviewID != id || m.reflect.Draft().Interview.Company != old.Company {
		t.Fatalf("E did not open the flow filled in: screen %v, draft %+v", m.screen, m.reflect.Draft().InterviewID)
	}
	// Change the company, the first prompt, and finish.
	press(t, m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	typeText(t, m, "Renamed Ltd")
	press(t, m, keyCtrlS)
	if m.screen != kit.ScreenDetail {
		t.Fatalf("finishing the edit went to %v, want the interview", m.screen)
	}
	if len(j.Stored) != 12 {
		t.Fatalf("%d interviews after editing one of 12", len(j.Stored))
	}
	got := j.Stored[id]
	if got.Company != "Renamed Ltd" || got.Role != old.Role || !slices.Equal(got.Lessons, old.Lessons) {
		t.Fatalf("after the edit: company %q role %q", got.Company, got.Role)
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left after finishing the edit", len(ds))
	}
	if !strings.Contains(browseScreen(m), "Renamed Ltd") {
		t.Fatal("the page does not show the edit")
	}
	press(t, m, keyEsc)
	if !slices.Contains(shownIDs(m), id) || m.browse.SelectedID() != id || !strings.Contains(browseScreen(m), "Renamed Ltd") {
		t.Fatalf("the list did not follow the edit:\n%s", browseScreen(m))
	}
}

// TestDetailEditKeepsWhatWasSavedMeanwhile edits an interview through the
// flow while feedback is recorded for it elsewhere (another terminal, or
// the feedback form): finishing the edit keeps the feedback.
func TestDetailEditKeepsWhatWasSavedMeanwhile(t *testing.T) {
	j := demoJournal(t, 12)
	m, d := openDetail(t, j, 1)
	id := d.ID()
	press(t, m, letter('E'))
	if m.screen != kit.ScreenReflect {
		t.Fatalf("E opened %v", m.screen)
	}
	before := len(j.Stored[id].Feedback)
	if _, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
		return iv.AddFeedback(journal.Feedback{Date: iv.Date, From: "Recruiter", Text: "recorded in another terminal"})
	}); err != nil {
		t.Fatal(err)
	}
	press(t, m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	typeText(t, m, "Renamed Ltd")
	press(t, m, keyCtrlS)
	got := j.Stored[id]
	if got.Company != "Renamed Ltd" {
		t.Fatalf("the edit was not saved: company %q", got.Company)
	}
	if len(got.Feedback) != before+1 {
		t.Fatalf("finishing the edit lost the feedback recorded meanwhile: %d pieces, want %d", len(got.Feedback), before+1)
	}
}

func TestDetailEditResumesUnfinishedEdit(t *testing.T) {
	j := demoJournal(t, 6)
	m, d := openDetail(t, j, 0)
	id := d.ID()
	press(t, m, letter('E'))
	press(t, m, keyCtrlU)
	typeText(t, m, "Half-typed Co")
	press(t, m, keyEsc) // pause: the edit is kept as a draft
	if m.screen != kit.ScreenDetail {
		t.Fatalf("pausing the edit went to %v", m.screen)
	}
	press(t, m, letter('E'))
	if m.reflect.Draft().Interview.Company != "Half-typed Co" {
		t.Fatalf("E did not resume the unfinished edit: %q", m.reflect.Draft().Interview.Company)
	}
	if ds, _ := j.Drafts(); len(ds) != 1 || ds[0].InterviewID != id {
		t.Fatalf("drafts %+v, want the one edit", ds)
	}
}

func TestDetailDeleteGoesBackAndUndoes(t *testing.T) {
	j := demoJournal(t, 10)
	m, d := openDetail(t, j, 3)
	id := d.ID()
	next := m.browse.Neighbour(id, 1)
	press(t, m, letter('d'), letter('y'))
	if _, ok := j.Stored[id]; ok {
		t.Fatal("not deleted")
	}
	if m.screen != kit.ScreenBrowse || m.browse.SelectedID() != next {
		t.Fatalf("after deleting: screen %v, selected %d, want %d", m.screen, m.browse.SelectedID(), next)
	}
	press(t, m, letter('u'))
	if _, ok := j.Stored[id]; !ok {
		t.Fatal("u on the list did not restore the deletion made on the page")
	}
}

func TestDetailOpensOutcomeFeedbackAndDecision(t *testing.T) {
	for _, c := range []struct {
		key  rune
		want kit.ScreenID
	}{{'o', kit.ScreenOutcome}, {'f', kit.ScreenFeedback}, {'D', kit.ScreenReflect}} {
		m, d := openDetail(t, demoJournal(t, 5), 1)
		press(t, m, letter(c.key))
		if m.screen != c.want {
			t.Fatalf("%c opened %v, want %v", c.key, m.screen, c.want)
		}
		if c.want == kit.ScreenReflect && m.reflect.Draft().InterviewID != d.ID() {
			t.Fatalf("the decision reflection is about interview %d, not %d", m.reflect.Draft().InterviewID, d.ID())
		}
	}
}
