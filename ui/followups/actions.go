package followups

import (
	"slices"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// agendaUndo is enough to put a follow-up back as it was before the last
// change: its record then, or none.
type agendaUndo struct {
	item  journal.AgendaItem
	prior *journal.FollowUp
}

// followUpChangedMsg reports that a follow-up was marked (or put back).
type followUpChangedMsg struct {
	item   journal.AgendaItem
	status journal.FollowUpStatus
	until  journal.Date
	prior  *journal.FollowUp // the record before the change, for undo
	undone bool              // the change was an undo
	err    error
}

// snoozeChoice is one line of the snooze menu; a zero until asks for a date.
type snoozeChoice struct {
	label string
	until journal.Date
}

func snoozeChoices(today journal.Date) []snoozeChoice {
	return []snoozeChoice{
		{"Tomorrow", today.AddDays(1)},
		{"In three days", today.AddDays(3)},
		{"In a week", today.AddDays(7)},
		{"On a date…", journal.Date{}},
	}
}

// mark records what the user did about a follow-up, in a command: the
// interview is read, marked and saved at once.
func (p *Page) mark(it journal.AgendaItem, status journal.FollowUpStatus, until journal.Date, note string) tea.Cmd {
	p.busy = true
	j, today := p.sh.Journal, journal.Today(p.sh.Now())
	return func() tea.Msg {
		msg := followUpChangedMsg{item: it, status: status, until: until}
		_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if !stillOpen(iv, it.FollowUp.ID, today) {
				// Done, skipped or snoozed in another terminal since
				// the list was drawn: that change stands.
				return journal.Errorf(journal.EConflict, "%s was changed in another terminal meanwhile, so it was left as it is there; the list now shows it as it stands.", it.FollowUp.Kind.Label())
			}
			if i := slices.IndexFunc(iv.FollowUps, func(r journal.FollowUp) bool { return r.ID == it.FollowUp.ID }); i >= 0 {
				prior := iv.FollowUps[i]
				msg.prior = &prior
			}
			return iv.MarkFollowUp(it.FollowUp.ID, status, today, until, note)
		})
		return msg
	}
}

// undoLast puts the follow-up of the last change back as it was.
func (p *Page) undoLast() tea.Cmd {
	u := *p.undo
	p.busy = true
	j := p.sh.Journal
	return func() tea.Msg {
		msg := followUpChangedMsg{item: u.item, undone: true}
		_, msg.err = j.ChangeInterview(u.item.InterviewID, func(iv *journal.Interview) error {
			iv.FollowUps = slices.DeleteFunc(iv.FollowUps, func(r journal.FollowUp) bool { return r.ID == u.item.FollowUp.ID })
			if u.prior != nil {
				iv.FollowUps = append(iv.FollowUps, *u.prior)
			}
			return nil
		})
		return msg
	}
}

// stillOpen reports whether the follow-up is open in the interview as
// stored, as it was when the list showed it.
func stillOpen(iv *journal.Interview, id string, today journal.Date) bool {
	return slices.ContainsFunc(journal.PlanFollowUps(iv, today), func(f journal.FollowUp) bool {
		return f.ID == id && f.Status == journal.FollowUpOpen
	})
}

// changed reloads the agenda after a change and says what was done.
func (p *Page) changed(msg followUpChangedMsg) tea.Cmd {
	p.busy = false
	if journal.ErrorCode(msg.err) == journal.EConflict {
		if p.mode == agendaReading {
			p.mode, p.message = agendaListing, nil
		}
		return tea.Batch(p.load(), p.sh.SetStatus(journal.ErrorMessage(msg.err), true))
	}
	if msg.err != nil {
		return p.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
	}
	label := msg.item.FollowUp.Kind.Label()
	var text string
	switch {
	case msg.undone:
		p.undo = nil
		text = "Undone: " + label + "."
	case msg.status == journal.FollowUpDone:
		text = "Done: " + label + ". Press u to undo."
	case msg.status == journal.FollowUpSnoozed:
		text = "Snoozed until " + agendaDay(msg.until) + ": " + label + ". Press u to undo."
	default:
		text = "Skipped: " + label + ". Press u to undo."
	}
	if !msg.undone {
		p.undo = &agendaUndo{item: msg.item, prior: msg.prior}
	}
	if p.mode == agendaReading {
		p.mode, p.message = agendaListing, nil
	}
	return tea.Batch(p.load(), p.sh.SetStatus(text, false))
}

// followUpRefText writes a follow-up's reference as the command line takes
// it: "12/thank_you".
func followUpRefText(interviewID uint64, id string) string {
	return strconv.FormatUint(interviewID, 10) + "/" + id
}

// agendaDay writes a day briefly, as "Tue 17 Mar".
func agendaDay(d journal.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Weekday().String()[:3] + " " + strconv.Itoa(d.Day()) + " " + d.Month().String()[:3]
}
