package followups

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// fuStaleJournal holds an interview held 50 days ago, whose thank-you and
// connection notes are long past, one held 2 days ago, and one of 5 days
// ago whose thank-you note is snoozed until Tuesday.
func fuStaleJournal(t *testing.T) *model {
	t.Helper()
	snoozed := fuPending("Globex", 5)
	snoozed.FollowUps = []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpSnoozed,
		Due: fuToday.AddDays(-5), SnoozedUntil: fuToday.AddDays(3)}}
	j := fuJournal(t, fuPending("Initech", 50), fuPending("Acme", 2), snoozed)
	return fuOpenFollowUps(t, j)
}

// fuJournalOf returns the in-memory journal the page works on.
func fuJournalOf(m *model) *uitest.FakeJournal { return m.sh.Journal.(*uitest.FakeJournal) }

func TestAgendaStaleAndSnoozedGroups(t *testing.T) {
	m := fuStaleJournal(t)
	p := fuAgendaPage(m)
	refs := fuAgendaRefs(p.agenda)
	for _, want := range []string{"Stale 1/thank_you", "Stale 1/connect", "Snoozed 3/thank_you", "Overdue 2/thank_you"} {
		if !slices.Contains(refs, want) {
			t.Errorf("the agenda lacks %q: %v", want, refs)
		}
	}
	s := fuScreen(m)
	for _, part := range []string{"Stale (3)", "Snoozed (1)", "49 days late", "back Tue 17 Mar", "3 stale", "1 snoozed", "L let go · esc back · ? help"} {
		if !strings.Contains(s, part) {
			t.Errorf("the screen lacks %q:\n%s", part, s)
		}
	}
}

// TestGoldenAgendaStaleSnoozed is the agenda with every group, the cursor
// on the first stale follow-up, then on the snoozed one.
func TestGoldenAgendaStaleSnoozed(t *testing.T) {
	m := fuStaleJournal(t)
	p := fuAgendaPage(m)
	p.cursor = slices.IndexFunc(p.items, func(it journal.AgendaItem) bool { return it.FollowUp.Stale(fuToday) })
	t.Run("Stale", func(t *testing.T) { golden.RequireEqual(t, []byte(fuScreen(m))) })
	p.cursor = len(p.items) - 1
	t.Run("Snoozed", func(t *testing.T) { golden.RequireEqual(t, []byte(fuScreen(m))) })
}

func TestAgendaLetGoStale(t *testing.T) {
	m := fuStaleJournal(t)
	press(t, m, fuKey("L"))
	fj := fuJournalOf(m)
	for _, id := range []string{"thank_you", "connect", "check_in"} {
		r := fuRecord(t, fj, 1, id)
		if r == nil || r.Status != journal.FollowUpSkipped || r.Note != journal.LetGoNote {
			t.Fatalf("%s after L: %+v", id, r)
		}
	}
	// Nothing else was touched: the overdue and the snoozed notes stay.
	if r := fuRecord(t, fj, 2, "thank_you"); r != nil {
		t.Fatalf("L touched an overdue note: %+v", r)
	}
	if r := fuRecord(t, fj, 3, "thank_you"); r == nil || r.Status != journal.FollowUpSnoozed {
		t.Fatalf("L touched the snoozed note: %+v", r)
	}
	if refs := fuAgendaRefs(fuAgendaPage(m).agenda); slices.ContainsFunc(refs, func(s string) bool { return strings.HasPrefix(s, "Stale") }) {
		t.Fatalf("stale follow-ups are still listed: %v", refs)
	}
	if s := fuScreen(m); !strings.Contains(s, "Let go: 3 stale follow-ups") {
		t.Fatalf("no word of letting go:\n%s", s)
	}
	press(t, m, fuKey("u"))
	for _, id := range []string{"thank_you", "connect", "check_in"} {
		if r := fuRecord(t, fj, 1, id); r != nil {
			t.Fatalf("undo left %s as %+v", id, r)
		}
	}
	if refs := fuAgendaRefs(fuAgendaPage(m).agenda); !slices.Contains(refs, "Stale 1/thank_you") {
		t.Fatalf("undo did not bring the stale notes back: %v", refs)
	}
}

func TestAgendaSnoozeCountsFromTheDueDay(t *testing.T) {
	// The check-in of an interview held 2 days ago is due in two weeks:
	// snoozing it counts from then, never to a day before it is due.
	m := fuOpenFollowUps(t, fuJournal(t, fuPending("Acme", 2)))
	p := fuAgendaPage(m)
	p.cursor = slices.IndexFunc(p.items, func(it journal.AgendaItem) bool { return it.FollowUp.Kind == journal.FollowUpCheckIn })
	due := p.items[p.cursor].FollowUp.Due
	press(t, m, fuKey("s"))
	if s := fuScreen(m); !strings.Contains(s, "A day after it's due ("+kit.ShortDay(due.AddDays(1))+")") {
		t.Fatalf("the snooze menu does not count from the due day (%s):\n%s", due, s)
	}
	press(t, m, fuKey("1"))
	if r := fuRecord(t, fuJournalOf(m), 1, "check_in"); r == nil || r.SnoozedUntil != due.AddDays(1) {
		t.Fatalf("snooze stored %+v, want until %s", r, due.AddDays(1))
	}
	if refs := fuAgendaRefs(fuAgendaPage(m).agenda); !slices.Contains(refs, "Snoozed 1/check_in") {
		t.Fatalf("the snoozed note is not in the Snoozed group: %v", refs)
	}
}

// TestAgendaDoneOnASnoozedOne marks a snoozed note done from the Snoozed
// group: it is done, not refused as changed elsewhere.
func TestAgendaDoneOnASnoozedOne(t *testing.T) {
	m := fuStaleJournal(t)
	p := fuAgendaPage(m)
	p.cursor = len(p.items) - 1 // the snoozed thank-you of Globex
	press(t, m, fuKey("d"))
	if r := fuRecord(t, fuJournalOf(m), 3, "thank_you"); r == nil || r.Status != journal.FollowUpDone {
		t.Fatalf("d on the snoozed note stored %+v\n%s", r, fuScreen(m))
	}
}

// TestGoldenMessageEdited is a message the user edited, with a slot of
// the draft still to fill in.
func TestGoldenMessageEdited(t *testing.T) {
	m := fuSigned(t)
	fuEditMessage(t, m, "Hi Dana,\n\nThank you for Thursday. I'd like to add a little to my answer: "+journal.RevisitSlot+"\n\nBest regards,\nAda Lovelace")
	golden.RequireEqual(t, []byte(fuScreen(m)))
}
