package followups

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// letGoStale records every stale follow-up of the agenda as skipped, with
// the domain's note, in a command: each interview is read, changed and
// saved at once, so what another terminal did meanwhile stands. The
// records as they were are kept for undo.
func (p *Page) letGoStale() tea.Cmd {
	var ids []uint64
	seen := map[uint64]bool{}
	for _, it := range p.agenda.Stale {
		if !seen[it.InterviewID] {
			seen[it.InterviewID] = true
			ids = append(ids, it.InterviewID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	p.busy = true
	j, today := p.sh.Journal, journal.Today(p.sh.Now())
	return func() tea.Msg {
		u := &agendaUndo{}
		msg := followUpChangedMsg{status: journal.FollowUpSkipped, undo: u}
		for _, id := range ids {
			var recs []priorRecord
			_, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
				recs = recs[:0]
				before := &journal.Interview{ID: iv.ID, FollowUps: append([]journal.FollowUp(nil), iv.FollowUps...)}
				gone, err := iv.LetGoStale(today)
				for _, fid := range gone {
					recs = append(recs, recordOf(before, fid))
				}
				return err
			})
			if err != nil {
				msg.err = err
				break
			}
			u.records = append(u.records, recs...)
		}
		n := len(u.records)
		u.what = kit.Plural(n, "stale follow-up") + " back"
		msg.text = "Let go: " + kit.Plural(n, "stale follow-up") + ", each kept as skipped."
		if n == 0 {
			msg.undo = nil
			msg.text = "Nothing stale to let go of any more."
		}
		return msg
	}
}
