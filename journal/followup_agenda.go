package journal

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// agendaWeek is how many days ahead count as "this week".
const agendaWeek = 7

// AgendaItem is one open follow-up with enough of its interview to show it
// in a list.
type AgendaItem struct {
	InterviewID uint64
	Company     string
	Role        string
	FollowUp    FollowUp
}

// Agenda is every open or snoozed follow-up of a journal as of one day, in
// groups. Overdue is sorted by what matters most now (see compareOverdue),
// Stale by how late, Snoozed by the day each comes back, and the others by
// due day, then company, then interview.
type Agenda struct {
	// On is the day the agenda was drawn up for.
	On Date
	// Overdue holds follow-ups whose deadline has passed, by at most
	// StaleAfterDays days.
	Overdue []AgendaItem
	// Stale holds follow-ups more than StaleAfterDays past their deadline:
	// most likely too late, ready to be let go (see LetGoStale).
	Stale []AgendaItem
	// Snoozed holds follow-ups put off until a later day (their
	// FollowUp.SnoozedUntil).
	Snoozed []AgendaItem
	// Today holds follow-ups whose window includes today.
	Today []AgendaItem
	// ThisWeek holds follow-ups due in the next seven days.
	ThisWeek []AgendaItem
	// Later holds follow-ups due after that.
	Later []AgendaItem
}

// AgendaCounts is how many follow-ups each group of an Agenda holds.
type AgendaCounts struct {
	Overdue, Today, ThisWeek, Later int
	Stale, Snoozed                  int
}

// Total returns the number of open follow-ups in all groups, stale ones
// included; snoozed ones are not open.
func (c AgendaCounts) Total() int { return c.Overdue + c.Stale + c.Today + c.ThisWeek + c.Later }

// Counts returns the size of each group.
func (a Agenda) Counts() AgendaCounts {
	return AgendaCounts{
		Overdue: len(a.Overdue), Today: len(a.Today), ThisWeek: len(a.ThisWeek), Later: len(a.Later),
		Stale: len(a.Stale), Snoozed: len(a.Snoozed),
	}
}

// BuildAgenda gathers the open and snoozed follow-ups of every interview as
// of today. Done and skipped follow-ups are left out. It plans each
// interview into one reused buffer, so its cost grows with the journal only
// through the items it returns and the sort of the open ones.
func BuildAgenda(ivs []*Interview, today Date) Agenda {
	a := Agenda{On: today}
	weekEnd := today.AddDays(agendaWeek)
	var buf []FollowUp
	for _, iv := range ivs {
		buf = appendPlan(buf[:0], iv, today)
		for _, f := range buf {
			if f.Status != FollowUpOpen && f.Status != FollowUpSnoozed {
				continue
			}
			item := AgendaItem{InterviewID: iv.ID, Company: iv.Company, Role: iv.Role, FollowUp: f}
			switch {
			case f.Status == FollowUpSnoozed:
				a.Snoozed = append(a.Snoozed, item)
			case f.Stale(today):
				a.Stale = append(a.Stale, item)
			case f.Overdue(today):
				a.Overdue = append(a.Overdue, item)
			case f.DueToday(today):
				a.Today = append(a.Today, item)
			case !f.Due.After(weekEnd):
				a.ThisWeek = append(a.ThisWeek, item)
			default:
				a.Later = append(a.Later, item)
			}
		}
	}
	for _, group := range [][]AgendaItem{a.Today, a.ThisWeek, a.Later} {
		slices.SortFunc(group, compareAgendaItems)
	}
	slices.SortFunc(a.Overdue, compareOverdue)
	slices.SortFunc(a.Stale, compareByDeadline)
	slices.SortFunc(a.Snoozed, func(x, y AgendaItem) int {
		if c := x.FollowUp.SnoozedUntil.Compare(y.FollowUp.SnoozedUntil); c != 0 {
			return c
		}
		return compareAgendaItems(x, y)
	})
	return a
}

// compareOverdue puts first what matters most now: the kinds whose lateness
// costs most (an offer's deadline, then a thank-you or a reply to a
// decision, then a check-in; see FollowUpKind.urgency), and within a kind of
// the same urgency the latest first.
func compareOverdue(a, b AgendaItem) int {
	if c := a.FollowUp.Kind.urgency() - b.FollowUp.Kind.urgency(); c != 0 {
		return c
	}
	return compareByDeadline(a, b)
}

// compareByDeadline orders by deadline, earliest (so the latest) first.
func compareByDeadline(a, b AgendaItem) int {
	if c := a.FollowUp.Deadline().Compare(b.FollowUp.Deadline()); c != 0 {
		return c
	}
	return compareAgendaItems(a, b)
}

// DoneBetween returns the follow-ups marked done from one day to another,
// both included, in the order they were done (then by due day, company
// and interview). A weekly review lists them as what the week got done.
func DoneBetween(ivs []*Interview, from, to Date) []AgendaItem {
	var done []AgendaItem
	for _, iv := range ivs {
		if iv == nil {
			continue
		}
		for _, f := range iv.FollowUps {
			if f.Status == FollowUpDone && !f.DoneAt.IsZero() && !f.DoneAt.Before(from) && !f.DoneAt.After(to) {
				done = append(done, AgendaItem{InterviewID: iv.ID, Company: iv.Company, Role: iv.Role, FollowUp: f})
			}
		}
	}
	slices.SortFunc(done, func(a, b AgendaItem) int {
		if c := a.FollowUp.DoneAt.Compare(b.FollowUp.DoneAt); c != 0 {
			return c
		}
		return compareAgendaItems(a, b)
	})
	return done
}

func compareAgendaItems(a, b AgendaItem) int {
	if c := a.FollowUp.Due.Compare(b.FollowUp.Due); c != 0 {
		return c
	}
	if c := compareIgnoringCase(a.Company, b.Company); c != 0 {
		return c
	}
	switch {
	case a.InterviewID < b.InterviewID:
		return -1
	case a.InterviewID > b.InterviewID:
		return 1
	}
	return compareFollowUps(a.FollowUp, b.FollowUp)
}

// compareIgnoringCase orders "acme" next to "Acme" rather than after "Zeta",
// without the allocation of lower-casing both strings.
func compareIgnoringCase(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if la, lb := unicode.ToLower(ra), unicode.ToLower(rb); la != lb {
			if la < lb {
				return -1
			}
			return 1
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) - len(b) // the shorter of two that agree so far comes first
}
