package review

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

func TestGlanceMarksFollowUpsDone(t *testing.T) {
	j := weekJournal()
	ctx := uitest.NewContext(j)
	g := NewGlance(ctx)
	m, d := uitest.Start(t, ctx, g)
	if !strings.Contains(m.View(), "Check in on the decision · Initech") {
		t.Fatalf("the overdue check-in is not shown:\n%s", m.View())
	}
	for g.items[g.selected].agenda.FollowUp.Kind != journal.FollowUpCheckIn {
		d.Press(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	picked := g.items[g.selected]
	overdue, done := len(g.week.Overdue), len(g.week.Done)
	if picked.group != groupOverdue || picked.agenda.Company != "Initech" {
		t.Fatalf("Initech's check-in should be overdue: %+v", picked)
	}
	d.Press(tea.KeyPressMsg{Code: 'd', Text: "d"})
	iv, _ := j.Interview(picked.agenda.InterviewID)
	if len(iv.FollowUps) != 1 || iv.FollowUps[0].ID != "check_in" || iv.FollowUps[0].Status != journal.FollowUpDone || iv.FollowUps[0].DoneAt != journal.DateOf(uitest.Now()) {
		t.Fatalf("the check-in was not saved as done: %+v", iv.FollowUps)
	}
	if len(g.week.Overdue) != overdue-1 || len(g.week.Done) != done+1 {
		t.Fatalf("after marking: overdue %d (was %d), done %d (was %d)", len(g.week.Overdue), overdue, len(g.week.Done), done)
	}
	if sel := g.items[g.selected]; sel.group != groupDone || sel.key() != picked.key() {
		t.Fatalf("the selection did not follow the follow-up: %+v", sel)
	}
	if !strings.Contains(m.View(), "Marked done: Check in on the decision · Initech") {
		t.Fatalf("no confirmation:\n%s", m.View())
	}
	// d again undoes it.
	d.Press(tea.KeyPressMsg{Code: 'd', Text: "d"})
	iv, _ = j.Interview(picked.agenda.InterviewID)
	if len(iv.FollowUps) != 0 {
		t.Fatalf("undo left %+v", iv.FollowUps)
	}
	if len(g.week.Overdue) != overdue {
		t.Fatal("the check-in is not overdue again after the undo")
	}
}

// weekJournal is a journal a week after a review whose focus was to pause
// before answering: three interviews since, follow-ups in every state,
// feedback, and a salary question that now recurs.
func weekJournal() *uitest.FakeJournal {
	j := uitest.NewFakeJournal()
	j.StoredReviews[1] = journal.Review{
		ID: 1, WeekOf: journal.NewDate(2026, 3, 2), Focus: "Pause before answering",
		CreatedAt: time.Date(2026, 3, 7, 18, 0, 0, 0, time.UTC),
	}
	ivs := []journal.Interview{
		{
			Company: "Initech", Role: "Platform engineer", Date: journal.NewDate(2026, 2, 20), Stage: journal.StageSecond,
			DecisionExpected: journal.NewDate(2026, 3, 6), Lessons: []string{"Slow down"},
			Outcome: journal.Outcome{Status: journal.StatusPending},
		},
		{
			Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 10), Stage: journal.StageFirst,
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?"}},
			Lessons:    []string{"Slow down"}, Outcome: journal.Outcome{Status: journal.StatusPending},
			FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, Due: journal.NewDate(2026, 3, 10), DoneAt: journal.NewDate(2026, 3, 10)}},
		},
		{
			Company: "Globex", Role: "Data analyst", Date: journal.NewDate(2026, 3, 12), Stage: journal.StageScreen,
			Curveballs: []journal.Curveball{{Question: "What salary range do you expect?"}},
			Outcome:    journal.Outcome{Status: journal.StatusRejected, Date: journal.NewDate(2026, 3, 13)},
			Feedback:   []journal.Feedback{{Date: journal.NewDate(2026, 3, 13), From: "Sam Lee", Text: "Strong SQL; they wanted more stakeholder work."}},
		},
	}
	for i := range ivs {
		j.FinishDraft(0, &ivs[i])
	}
	return j
}
