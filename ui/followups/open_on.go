package followups

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// target is a follow-up the screen opens the message of once the agenda
// has loaded.
type target struct {
	interviewID uint64
	id          string
}

// OpenOn makes the screen open the drafted message of one follow-up of an
// interview as soon as the agenda has loaded, as the summary after a
// reflection asks. Should the follow-up no longer be open, the agenda
// shows as usual.
func (p *Page) OpenOn(interviewID uint64, followUpID string) {
	p.target = &target{interviewID: interviewID, id: followUpID}
}

// openTarget opens the message of the follow-up asked for by OpenOn, once.
func (p *Page) openTarget() tea.Cmd {
	t := p.target
	p.target = nil
	if t == nil {
		return nil
	}
	for i, it := range p.items {
		if it.InterviewID == t.interviewID && it.FollowUp.ID == t.id && it.FollowUp.Status == journal.FollowUpOpen {
			p.cursor = i
			p.mode = agendaReading
			p.message = newMessageView(p.sh, it)
			return p.message.load()
		}
	}
	return nil
}
