package followups

import (
	"slices"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// priorRecord is the user's record of one follow-up before a change, or
// nil when it had none: what undo puts back.
type priorRecord struct {
	interviewID uint64
	id          string
	prior       *journal.FollowUp
}

// agendaUndo is enough to put the follow-ups of the last change back as
// they were: one for a mark, every stale one for letting them go.
type agendaUndo struct {
	records []priorRecord
	what    string // what is put back, for the status line
}

// followUpChangedMsg reports that follow-ups were marked (or put back).
type followUpChangedMsg struct {
	item   journal.AgendaItem
	status journal.FollowUpStatus
	until  journal.Date
	undo   *agendaUndo // how to put the change back
	undone bool        // the change was an undo
	text   string      // what the status line says, when not the usual
	err    error
}

// snoozeChoice is one line of the snooze menu; a zero until asks for a date.
type snoozeChoice struct {
	label string
	until journal.Date
}

// snoozeChoices offers the domain's choices for the follow-up, which count
// from its due day while that is ahead, then a day of the user's choosing.
func snoozeChoices(f journal.FollowUp, today journal.Date) []snoozeChoice {
	var out []snoozeChoice
	for _, c := range journal.SnoozeChoices(f, today) {
		out = append(out, snoozeChoice{capitalize(c.Label), c.Until})
	}
	return append(out, snoozeChoice{"On a date…", journal.Date{}})
}

// capitalize makes the first letter of an ASCII label upper case.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// mark records what the user did about a follow-up, in a command: the
// interview is read, marked and saved at once.
func (p *Page) mark(it journal.AgendaItem, status journal.FollowUpStatus, until journal.Date, note string) tea.Cmd {
	p.busy = true
	j, today := p.sh.Journal, journal.Today(p.sh.Now())
	return func() tea.Msg {
		msg := followUpChangedMsg{item: it, status: status, until: until}
		_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if !stillAsShown(iv, it.FollowUp, today) {
				// Done, skipped or snoozed in another terminal since
				// the list was drawn: that change stands.
				return journal.Errorf(journal.EConflict, "%s was changed in another terminal meanwhile, so it was left as it is there; the list now shows it as it stands.", it.FollowUp.Kind.Label())
			}
			msg.undo = &agendaUndo{what: it.FollowUp.Kind.Label(), records: []priorRecord{recordOf(iv, it.FollowUp.ID)}}
			return iv.MarkFollowUp(it.FollowUp.ID, status, today, until, note)
		})
		return msg
	}
}

// recordOf returns a copy of the interview's record of a follow-up.
func recordOf(iv *journal.Interview, id string) priorRecord {
	r := priorRecord{interviewID: iv.ID, id: id}
	if i := slices.IndexFunc(iv.FollowUps, func(f journal.FollowUp) bool { return f.ID == id }); i >= 0 {
		prior := iv.FollowUps[i]
		r.prior = &prior
	}
	return r
}

// undoLast puts the follow-ups of the last change back as they were, one
// interview at a time.
func (p *Page) undoLast() tea.Cmd {
	u := *p.undo
	p.busy = true
	j := p.sh.Journal
	return func() tea.Msg {
		msg := followUpChangedMsg{undone: true, text: "Undone: " + u.what + "."}
		byInterview := map[uint64][]priorRecord{}
		var order []uint64
		for _, r := range u.records {
			if _, ok := byInterview[r.interviewID]; !ok {
				order = append(order, r.interviewID)
			}
			byInterview[r.interviewID] = append(byInterview[r.interviewID], r)
		}
		for _, id := range order {
			_, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
				for _, r := range byInterview[id] {
					iv.FollowUps = slices.DeleteFunc(iv.FollowUps, func(f journal.FollowUp) bool { return f.ID == r.id })
					if r.prior != nil {
						iv.FollowUps = append(iv.FollowUps, *r.prior)
					}
				}
				return nil
			})
			if err != nil && msg.err == nil {
				msg.err = err
			}
		}
		return msg
	}
}

// stillAsShown reports whether the follow-up is, in the interview as
// stored, open or snoozed as it was when the list showed it.
func stillAsShown(iv *journal.Interview, shown journal.FollowUp, today journal.Date) bool {
	return slices.ContainsFunc(journal.PlanFollowUps(iv, today), func(f journal.FollowUp) bool {
		return f.ID == shown.ID && f.Status == shown.Status
	})
}

// changed reloads the agenda after a change and says what was done.
func (p *Page) changed(msg followUpChangedMsg) tea.Cmd {
	p.busy = false
	if journal.ErrorCode(msg.err) == journal.EConflict {
		if p.mode == agendaReading {
			p.mode, p.message = agendaListing, nil
		}
		return p.reload(journal.ErrorMessage(msg.err), true)
	}
	if msg.err != nil {
		// Part of a change to several interviews may have been saved:
		// the list shows what was.
		if msg.undo != nil && len(msg.undo.records) > 0 {
			p.undo = msg.undo
		}
		return p.reload("Not saved: "+journal.ErrorMessage(msg.err), true)
	}
	label := msg.item.FollowUp.Kind.Label()
	text := msg.text
	switch {
	case text != "":
	case msg.status == journal.FollowUpDone:
		text = "Done: " + label + "."
	case msg.status == journal.FollowUpSnoozed:
		text = "Snoozed until " + kit.ShortDay(msg.until) + ": " + label + "."
	default:
		text = "Skipped: " + label + "."
	}
	switch {
	case msg.undone:
		p.undo = nil
	case msg.undo != nil:
		p.undo = msg.undo
		text += " Press " + p.sh.Keys.FollowUps.Undo.Help().Key + " to undo."
	}
	if p.mode == agendaReading {
		p.mode, p.message = agendaListing, nil
	}
	// An undone change brings the follow-up back under the cursor.
	p.dealtWith = !msg.undone
	return p.reload(text, false)
}

// followUpRefText writes a follow-up's reference as the command line takes
// it: "12/thank_you".
func followUpRefText(interviewID uint64, id string) string {
	return strconv.FormatUint(interviewID, 10) + "/" + id
}
