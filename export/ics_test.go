package export_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

var icsToday = journal.NewDate(2026, 3, 14)

// icsJournal has an interview whose text needs escaping and folding, one
// with a snoozed follow-up, and one with nothing left to do.
func icsJournal(t *testing.T) []*journal.Interview {
	t.Helper()
	tricky := &journal.Interview{
		ID: 7, Company: "Smith, Jones; Partners \\ Co", Role: "Ingénieur logiciel senior — plateforme de paiement ✓ équipe données",
		Date:         icsToday.AddDays(-3),
		Interviewers: []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}},
		Outcome:      journal.Outcome{Status: journal.StatusPending},
	}
	snoozed := &journal.Interview{
		ID: 12, Company: "Acme", Role: "Backend engineer", Date: icsToday.AddDays(-1),
		Outcome: journal.Outcome{Status: journal.StatusPending},
	}
	if err := snoozed.MarkFollowUp("thank_you", journal.FollowUpSnoozed, icsToday, icsToday.AddDays(3), ""); err != nil {
		t.Fatal(err)
	}
	done := &journal.Interview{ID: 13, Company: "Initech", Date: icsToday, Outcome: journal.Outcome{Status: journal.StatusWithdrew}}
	return []*journal.Interview{tricky, snoozed, done}
}

func writeICS(t *testing.T, ivs []*journal.Interview, today journal.Date, stamp time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteICS(&buf, export.FollowUpEvents(ivs, today), stamp); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wantEvents lists, from the rules themselves, the day each follow-up should
// be on in the calendar, by UID.
func wantEvents(ivs []*journal.Interview, today journal.Date) map[string]journal.Date {
	want := map[string]journal.Date{}
	for _, iv := range ivs {
		for _, f := range journal.PlanFollowUps(iv, today) {
			switch f.Status {
			case journal.FollowUpOpen:
				day := f.Due
				if day.Before(today) {
					day = today
				}
				want[journal.FollowUpUID(iv.ID, f)] = day
			case journal.FollowUpSnoozed:
				want[journal.FollowUpUID(iv.ID, f)] = f.SnoozedUntil
			}
		}
	}
	return want
}

func TestICSReadByAnotherLibrary(t *testing.T) {
	ivs := icsJournal(t)
	stamp := time.Date(2026, 3, 14, 18, 30, 5, 0, time.FixedZone("UTC+2", 2*3600))
	data := writeICS(t, ivs, icsToday, stamp)

	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the calendar does not parse: %v\n%s", err, data)
	}
	props := map[string]string{}
	for _, p := range cal.CalendarProperties {
		props[p.IANAToken] = p.Value
	}
	if props["VERSION"] != "2.0" || props["PRODID"] == "" {
		t.Fatalf("calendar properties %v", props)
	}

	want := wantEvents(ivs, icsToday)
	events := cal.Events()
	if len(events) != len(want) || len(want) < 3 {
		t.Fatalf("%d events, want %d", len(events), len(want))
	}
	for _, e := range events {
		uid := e.Id()
		day, ok := want[uid]
		if !ok {
			t.Fatalf("unexpected event %q", uid)
		}
		start, err := e.GetAllDayStartAt()
		if err != nil {
			t.Fatalf("%s: %v", uid, err)
		}
		if got := journal.DateOf(start); got != day {
			t.Errorf("%s is on %s, want %s", uid, got, day)
		}
		if p := e.GetProperty(ics.ComponentPropertyDtStart); p == nil || p.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("%s: DTSTART is not a DATE value", uid)
		}
		stampAt, err := e.GetDtStampTime()
		if err != nil || !stampAt.Equal(stamp) || stampAt.Location() != time.UTC {
			t.Errorf("%s: DTSTAMP %v (%v), want %v in UTC", uid, stampAt, err, stamp)
		}
		summary := e.GetProperty(ics.ComponentPropertySummary).Value
		description := e.GetProperty(ics.ComponentPropertyDescription).Value
		if strings.HasPrefix(uid, "followup-7-") {
			// Escaped and folded text comes back exactly.
			if !strings.HasSuffix(summary, " · "+ivs[0].Title()) {
				t.Errorf("summary %q lost the company or role", summary)
			}
			if !strings.HasPrefix(description, ivs[0].Title()+" (interview on 2026-03-11)\n") {
				t.Errorf("description %q", description)
			}
		}
		draftID := strings.Replace(strings.TrimSuffix(strings.TrimPrefix(uid, "followup-"), "@debrief"), "-", "/", 1)
		if !strings.HasSuffix(description, "\nDraft the message: debrief followups draft "+draftID) {
			t.Errorf("description of %s does not say how to draft it", uid)
		}
	}
	if _, ok := want["followup-12-thank_you@debrief"]; !ok {
		t.Fatal("the snoozed thank-you is not in the calendar")
	}
}

func TestICSFormat(t *testing.T) {
	data := writeICS(t, icsJournal(t), icsToday, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) || !bytes.HasPrefix(data, []byte("BEGIN:VCALENDAR\r\n")) {
		t.Fatalf("not a calendar:\n%s", data)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	folded := 0
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare line break: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d cuts a character in two: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Fatal("no long line was folded")
	}
	unfolded := strings.ReplaceAll(string(data), "\r\n ", "")
	for _, want := range []string{
		`Smith\, Jones\; Partners \\ Co`,
		"DTSTART;VALUE=DATE:20260314",
		"DTSTAMP:20260314T180000Z",
		"UID:followup-12-thank_you@debrief",
		`(interview on 2026-03-11)\n`,
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("the calendar lacks %q", want)
		}
	}
}

func TestICSUpdatesInsteadOfDuplicating(t *testing.T) {
	ivs := icsJournal(t)
	first := writeICS(t, ivs, icsToday, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	if err := ivs[0].MarkFollowUp("connect", journal.FollowUpSnoozed, icsToday, icsToday.AddDays(10), ""); err != nil {
		t.Fatal(err)
	}
	second := writeICS(t, ivs, icsToday, time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC))

	read := func(data []byte) map[string]*ics.VEvent {
		cal, err := ics.ParseCalendar(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]*ics.VEvent{}
		for _, e := range cal.Events() {
			out[e.Id()] = e
		}
		return out
	}
	before, after := read(first), read(second)
	if len(before) != len(after) {
		t.Fatalf("%d events before, %d after a snooze", len(before), len(after))
	}
	for uid, e := range after {
		old, ok := before[uid]
		if !ok {
			t.Fatalf("new UID %s after a snooze", uid)
		}
		seq := func(e *ics.VEvent) int {
			n, _ := strconv.Atoi(e.GetProperty(ics.ComponentPropertySequence).Value)
			return n
		}
		if seq(e) <= seq(old) {
			t.Errorf("%s: SEQUENCE %d does not grow from %d", uid, seq(e), seq(old))
		}
	}
	moved, _ := after["followup-7-connect@debrief"].GetAllDayStartAt()
	if journal.DateOf(moved) != icsToday.AddDays(10) {
		t.Fatalf("the snoozed connect is on %s", journal.DateOf(moved))
	}
}

func TestICSEmpty(t *testing.T) {
	data := writeICS(t, nil, icsToday, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil || len(cal.Events()) != 0 {
		t.Fatalf("empty calendar: %v, %d events", err, len(cal.Events()))
	}
}
