package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// agendaGroup is one group of the agenda with its heading.
type agendaGroup struct {
	key, title string
	items      []journal.AgendaItem
}

func agendaGroups(a journal.Agenda) []agendaGroup {
	return []agendaGroup{
		{"overdue", "Overdue", a.Overdue},
		{"today", "Today", a.Today},
		{"this_week", "This week", a.ThisWeek},
		{"later", "Later", a.Later},
		{"stale", "Stale (let them go with: debrief followups letgo)", a.Stale},
		{"snoozed", "Snoozed", a.Snoozed},
	}
}

// printAgendaPlain writes the agenda for reading in a terminal or a pipe:
// one block per follow-up, with what to do, for which interview, its
// reference for the other commands, when, and why. Everything from the
// journal (names, a follow-up's kind and ID) is made safe to read, and so
// is the whole text once more before it is written.
func printAgendaPlain(w io.Writer, a journal.Agenda) error {
	var b strings.Builder
	c := a.Counts()
	if c.Total() == 0 && c.Snoozed == 0 {
		fmt.Fprintf(&b, "No follow-ups open on %s. Nothing to chase.\n", a.On)
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "Follow-ups on %s: %s\n", a.On, countsText(c))
	for _, g := range agendaGroups(a) {
		if len(g.items) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", g.title)
		for _, it := range g.items {
			f := it.FollowUp
			ref := followUpRef{interview: it.InterviewID, id: f.ID}
			iv := journal.Interview{Company: it.Company, Role: it.Role}
			fmt.Fprintf(&b, "  %s · %s\n", safetext.Line(f.Kind.Label()), safetext.Line(iv.Title()))
			fmt.Fprintf(&b, "    %s · %s\n", safetext.Line(ref.String()), dueText(f, a.On))
			fmt.Fprintf(&b, "    %s\n", safetext.Line(f.Kind.Why()))
		}
	}
	_, err := io.WriteString(w, safetext.Text(b.String()))
	return err
}

// countsText sums the agenda up in one line, such as "2 overdue, 1 today,
// 3 later, 4 stale, 1 snoozed", leaving out the empty groups.
func countsText(c journal.AgendaCounts) string {
	var parts []string
	for _, p := range []struct {
		n    int
		word string
	}{{c.Overdue, "overdue"}, {c.Today, "today"}, {c.ThisWeek, "this week"}, {c.Later, "later"}, {c.Stale, "stale"}, {c.Snoozed, "snoozed"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.word))
		}
	}
	return strings.Join(parts, ", ")
}

// dueText says when a follow-up is due, relative to today, and how late an
// overdue one is.
func dueText(f journal.FollowUp, today journal.Date) string {
	switch {
	case f.Status == journal.FollowUpSnoozed:
		return "snoozed until " + f.SnoozedUntil.Weekday().String() + " " + f.SnoozedUntil.String()
	case f.Due.IsZero():
		return "no due day"
	case f.Overdue(today):
		return lateText(f.DaysLate(today)) + ", it was due by " + f.Deadline().String()
	case f.DueToday(today) && f.Deadline() == today:
		return "due today"
	case f.DueToday(today):
		return "due now, by " + f.Deadline().String()
	case f.Due == today.AddDays(1):
		return "due tomorrow"
	}
	return "due on " + f.Due.String()
}

// lateText says how late something is: "1 day late", "12 days late".
func lateText(days int) string {
	return fmt.Sprintf("%d %s late", days, plural(days, "day", "days"))
}

// agendaJSON is the document 'debrief followups --json' prints.
type agendaJSON struct {
	On       string           `json:"on"`
	Counts   agendaCountsJSON `json:"counts"`
	Overdue  []agendaItemJSON `json:"overdue"`
	Today    []agendaItemJSON `json:"today"`
	ThisWeek []agendaItemJSON `json:"this_week"`
	Later    []agendaItemJSON `json:"later"`
	Stale    []agendaItemJSON `json:"stale"`
	Snoozed  []agendaItemJSON `json:"snoozed"`
}

type agendaCountsJSON struct {
	Overdue  int `json:"overdue"`
	Today    int `json:"today"`
	ThisWeek int `json:"this_week"`
	Later    int `json:"later"`
	Stale    int `json:"stale"`
	Snoozed  int `json:"snoozed"`
}

type agendaItemJSON struct {
	Ref          string `json:"ref"`
	InterviewID  uint64 `json:"interview_id"`
	Company      string `json:"company"`
	Role         string `json:"role"`
	ID           string `json:"id"`
	Kind         string `json:"kind"`
	Label        string `json:"label"`
	Why          string `json:"why"`
	Due          string `json:"due"`
	Deadline     string `json:"deadline"`
	SnoozedUntil string `json:"snoozed_until,omitempty"`
	DaysLate     int    `json:"days_late,omitempty"`
	Edited       bool   `json:"edited,omitempty"`
}

// printAgendaJSON writes the agenda as one indented JSON document.
func printAgendaJSON(w io.Writer, a journal.Agenda) error {
	c := a.Counts()
	doc := agendaJSON{
		On: a.On.String(),
		Counts: agendaCountsJSON{
			Overdue: c.Overdue, Today: c.Today, ThisWeek: c.ThisWeek, Later: c.Later,
			Stale: c.Stale, Snoozed: c.Snoozed,
		},
		Overdue:  agendaItemsJSON(a.Overdue, a.On),
		Today:    agendaItemsJSON(a.Today, a.On),
		ThisWeek: agendaItemsJSON(a.ThisWeek, a.On),
		Later:    agendaItemsJSON(a.Later, a.On),
		Stale:    agendaItemsJSON(a.Stale, a.On),
		Snoozed:  agendaItemsJSON(a.Snoozed, a.On),
	}
	// Notes and names are kept as written, with what a terminal would act
	// on escaped.
	enc := json.NewEncoder(safetext.JSONWriter(w))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func agendaItemsJSON(items []journal.AgendaItem, today journal.Date) []agendaItemJSON {
	out := make([]agendaItemJSON, 0, len(items))
	for _, it := range items {
		f := it.FollowUp
		out = append(out, agendaItemJSON{
			Ref: followUpRef{interview: it.InterviewID, id: f.ID}.String(), InterviewID: it.InterviewID,
			Company: it.Company, Role: it.Role, ID: f.ID, Kind: string(f.Kind),
			Label: f.Kind.Label(), Why: f.Kind.Why(),
			Due: f.Due.String(), Deadline: f.Deadline().String(), SnoozedUntil: f.SnoozedUntil.String(),
			DaysLate: f.DaysLate(today), Edited: f.Edited(),
		})
	}
	return out
}
