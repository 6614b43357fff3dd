package journal_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// fuAgendaKeys returns "interview:follow-up" for each item of a group, in
// order.
func fuAgendaKeys(items []journal.AgendaItem) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, fmt.Sprintf("%d:%s", it.InterviewID, it.FollowUp.ID))
	}
	return out
}

func fuWantGroup(t *testing.T, name string, items []journal.AgendaItem, want ...string) {
	t.Helper()
	if got := fuAgendaKeys(items); !slices.Equal(got, want) {
		t.Errorf("%s = %v, want %v", name, got, want)
	}
}

func fuAgendaJournal(t *testing.T) []*journal.Interview {
	t.Helper()
	pending := func(id uint64, company string, day journal.Date) *journal.Interview {
		iv := fuInterview()
		iv.ID, iv.Company, iv.Date = id, company, day
		return iv
	}
	today := fuDay.AddDays(3)
	beta := pending(2, "beta", fuDay)
	beta.DecisionExpected = fuDay.AddDays(6)
	zeta := pending(3, "Zeta", fuDay)
	zeta.Outcome = journal.Outcome{Status: journal.StatusOffer, Date: fuDay.AddDays(1)}
	if err := zeta.MarkFollowUp("thank_you", journal.FollowUpDone, fuDay, journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	undated := pending(5, "Undated", journal.Date{})
	return []*journal.Interview{zeta, pending(4, "Delta", today), beta, undated, pending(1, "Acme", fuDay)}
}

func TestBuildAgenda(t *testing.T) {
	today := fuDay.AddDays(3)
	ivs := fuAgendaJournal(t)
	a := journal.BuildAgenda(ivs, today)
	if a.On != today {
		t.Fatalf("agenda drawn up for %s, want %s", a.On, today)
	}
	fuWantGroup(t, "Overdue", a.Overdue, "1:thank_you", "2:thank_you", "3:offer_thanks")
	fuWantGroup(t, "Today", a.Today, "1:connect", "2:connect", "3:connect", "3:offer_in_writing", "4:thank_you")
	fuWantGroup(t, "ThisWeek", a.ThisWeek, "4:connect", "3:offer_reply", "3:offer_decline", "2:check_in")
	fuWantGroup(t, "Later", a.Later, "1:check_in", "4:check_in")

	c := a.Counts()
	if c != (journal.AgendaCounts{Overdue: 3, Today: 5, ThisWeek: 4, Later: 2}) || c.Total() != 14 {
		t.Fatalf("counts = %+v, total %d", c, c.Total())
	}
	if it := a.Today[2]; it.Company != "Zeta" || it.Role != "Backend engineer" {
		t.Fatalf("item lost its interview: %+v", it)
	}

	t.Run("DoneLeavesTheAgenda", func(t *testing.T) {
		acme := ivs[len(ivs)-1]
		if err := acme.MarkFollowUp("thank_you", journal.FollowUpDone, today, journal.Date{}, ""); err != nil {
			t.Fatal(err)
		}
		a := journal.BuildAgenda(ivs, today)
		fuWantGroup(t, "Overdue", a.Overdue, "2:thank_you", "3:offer_thanks")
		if a.Counts().Total() != 13 {
			t.Fatalf("total after one done = %d", a.Counts().Total())
		}
	})
	t.Run("Empty", func(t *testing.T) {
		if a := journal.BuildAgenda(nil, today); a.Counts().Total() != 0 {
			t.Fatalf("empty journal has %+v", a.Counts())
		}
	})
}

func TestToday_TimeZones(t *testing.T) {
	instant := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	auckland := journal.Today(instant.In(time.FixedZone("UTC+13", 13*3600)))
	honolulu := journal.Today(instant.In(time.FixedZone("UTC-10", -10*3600)))
	if auckland != journal.NewDate(2026, 3, 4) || honolulu != journal.NewDate(2026, 3, 3) {
		t.Fatalf("the same instant is %s at UTC+13 and %s at UTC-10", auckland, honolulu)
	}

	// The interview was on 2 March: its thank-you may still be sent on
	// 3 March but is overdue on the 4th.
	iv := fuInterview()
	iv.Interviewers = nil
	ivs := []*journal.Interview{iv}
	east, west := journal.BuildAgenda(ivs, auckland), journal.BuildAgenda(ivs, honolulu)
	fuWantGroup(t, "Overdue at UTC+13", east.Overdue, "1:thank_you")
	fuWantGroup(t, "Today at UTC+13", east.Today)
	fuWantGroup(t, "Overdue at UTC-10", west.Overdue)
	fuWantGroup(t, "Today at UTC-10", west.Today, "1:thank_you")
}

// fuJournal builds n interviews spread over three years, with a mix of
// outcomes, interviewers, ratings and records, as a long-kept journal has.
func fuJournal(b *testing.B, n int) []*journal.Interview {
	b.Helper()
	statuses := journal.Statuses
	out := make([]*journal.Interview, n)
	for i := range n {
		day := fuDay.AddDays(-(i % 1100))
		iv := &journal.Interview{
			ID: uint64(i + 1), Company: fmt.Sprintf("Company %d", i%500), Role: "Engineer", Date: day,
			MoodAfter:       journal.Rating(i % 6),
			Nerves:          journal.Rating((i / 3) % 6),
			StillInterested: i%7 == 0,
			Outcome:         journal.Outcome{Status: statuses[i%len(statuses)], Date: day.AddDays(i % 20)},
		}
		if i%3 != 0 {
			iv.Interviewers = []journal.Person{{Name: "Dana Lee", Title: "Manager"}, {Name: "Sam Ortiz", Title: "Recruiter"}}
		}
		if i%4 == 0 {
			if err := iv.MarkFollowUp("thank_you", journal.FollowUpDone, day, journal.Date{}, ""); err != nil {
				b.Fatal(err)
			}
		}
		out[i] = iv
	}
	return out
}

func BenchmarkAgenda10k(b *testing.B) {
	ivs := fuJournal(b, 10000)
	b.ReportAllocs()
	var open int
	for b.Loop() {
		open = journal.BuildAgenda(ivs, fuDay).Counts().Total()
	}
	b.ReportMetric(float64(open), "open-items")
}

func TestDoneBetween(t *testing.T) {
	from, to := fuDay.AddDays(1), fuDay.AddDays(5)
	done := func(id uint64, company string, marks map[string]journal.Date) *journal.Interview {
		iv := fuInterview()
		iv.ID, iv.Company = id, company
		for fu, on := range marks {
			if err := iv.MarkFollowUp(fu, journal.FollowUpDone, on, journal.Date{}, ""); err != nil {
				t.Fatal(err)
			}
		}
		return iv
	}
	zeta := done(3, "Zeta", map[string]journal.Date{"thank_you": from, "connect": to.AddDays(1)})
	acme := done(1, "acme", map[string]journal.Date{"thank_you": from, "connect": to})
	beta := done(2, "Beta", map[string]journal.Date{"thank_you": fuDay, "connect": fuDay.AddDays(3)})
	skipped := fuInterview()
	skipped.ID = 4
	if err := skipped.MarkFollowUp("thank_you", journal.FollowUpSkipped, fuDay.AddDays(2), journal.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	ivs := []*journal.Interview{zeta, nil, beta, skipped, acme}

	// By the day done, then as the agenda orders: company ignoring case.
	fuWantGroup(t, "DoneBetween", journal.DoneBetween(ivs, from, to),
		"1:thank_you", "3:thank_you", "2:connect", "1:connect")
	if got := journal.DoneBetween(ivs, to.AddDays(2), to.AddDays(9)); got != nil {
		t.Errorf("DoneBetween after everything = %v, want nil", fuAgendaKeys(got))
	}
}
