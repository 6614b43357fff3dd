package followups

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// fuOpenOn opens the follow-ups asked to show one follow-up's message.
func fuOpenOn(t *testing.T, j *uitest.FakeJournal, id uint64, fid string) *model {
	t.Helper()
	ctx := uitest.NewContext(j)
	p := New(ctx)
	p.OpenOn(id, fid)
	h, d := uitest.Start(t, ctx, p)
	return &model{Host: h, d: d, sh: ctx}
}

func TestOpenOnShowsThatFollowUpsMessage(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 1), fuPending("Globex", 1))
	iv, _ := j.Interview(2)
	var want journal.FollowUp
	for _, f := range journal.PlanFollowUps(iv, fuToday) {
		if f.Kind == journal.FollowUpConnect {
			want = f
		}
	}
	m := fuOpenOn(t, j, 2, want.ID)
	p := fuAgendaPage(m)
	if p.mode != agendaReading || p.message == nil || p.message.item.InterviewID != 2 || p.message.item.FollowUp.ID != want.ID {
		t.Fatalf("the message of %s for Globex is not open:\n%s", want.ID, fuScreen(m))
	}
	press(t, m, keyEsc)
	if it, _ := p.selected(); p.mode != agendaListing || it.FollowUp.ID != want.ID || it.InterviewID != 2 {
		t.Fatalf("esc does not land on the follow-up in the list:\n%s", fuScreen(m))
	}
}

func TestOpenOnAFollowUpNoLongerOpenShowsTheList(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 1))
	m := fuOpenOn(t, j, 1, "9/nothing")
	if p := fuAgendaPage(m); p.mode != agendaListing || !strings.Contains(fuScreen(m), "Acme") {
		t.Fatalf("want the agenda as usual:\n%s", fuScreen(m))
	}
}
