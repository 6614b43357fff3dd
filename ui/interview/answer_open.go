package interview

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Opening the box of one answer reads the interview again, and the
// unfinished edit of it if there is one (home offers it as "Changes to
// …"): the box then shows the answer as that edit left it, and keeps what
// is typed into the same draft (see edit_keep.go), so a change typed
// earlier and not saved is neither hidden nor lost. What the answer was as
// stored is remembered, so that saving over a change another debrief made
// meanwhile is done only when asked twice.

// answerOpenedMsg carries the interview as stored and its unfinished edit.
type answerOpenedMsg struct {
	id   uint64
	iv   *journal.Interview
	edit *journal.Draft
	err  error
}

// answerConflictMsg says the answer was changed in another debrief since
// the box opened, so it was not saved.
type answerConflictMsg struct{ title string }

// openAnswer reads the interview and its unfinished edit, in a command.
func (p *Page) openAnswer() tea.Cmd {
	j, id := p.sh.Journal, p.id
	return func() tea.Msg {
		msg := answerOpenedMsg{id: id}
		if msg.iv, msg.err = j.Interview(id); msg.err != nil {
			return msg
		}
		drafts, err := j.Drafts()
		if err != nil {
			msg.err = err
			return msg
		}
		for _, d := range drafts {
			if d.Kind == journal.DraftInterview && d.InterviewID == id {
				msg.edit = &d
				break
			}
		}
		if d := msg.edit; d != nil {
			// The box holds the edit while it is open, as the guided flow
			// does: refused while the edit is open in another debrief,
			// and refusing that debrief in turn.
			claimed, err := j.ClaimDraft(d.ID)
			switch {
			case journal.ErrorCode(err) == journal.ENotFound:
				msg.edit = nil // finished or discarded since it was listed
			case err != nil:
				msg.err = err
			default:
				msg.edit = claimed
			}
		}
		return msg
	}
}

// answerOpened fills the box: with the unfinished edit's answer when that
// edit changed it, else with the answer as stored.
func (p *Page) answerOpened(msg answerOpenedMsg) tea.Cmd {
	if !p.opening || msg.id != p.id || p.mode != detailEditing {
		return nil
	}
	p.opening = false
	if msg.err != nil {
		p.mode = detailReading
		return p.sh.SetStatus("Not opened: "+journal.ErrorMessage(msg.err), true)
	}
	p.iv, p.laidOut = msg.iv, 0
	p.layout()
	c := p.choices[p.choice]
	stored := currentText(p.iv, c)
	text := stored
	var keep answerKeep
	var note string
	if d := msg.edit; d != nil {
		keep = answerKeep{draft: *d, adopted: true, was: d.Interview.Clone()}
		began := stored
		if d.Base != nil {
			began = currentText(d.Base, c)
		}
		if mine := currentText(&d.Interview, c); mine != began {
			text = mine
			note = "This is your change from " + kit.Ago(p.sh.Now(), d.UpdatedAt) + ", not saved yet."
		}
	}
	p.fillBox(c, text)
	p.keep, p.keepNote, p.stored = keep, note, stored
	return nil
}

// answerConflict keeps the box open with the words typed, and says that
// enter now saves them over the other change.
func (p *Page) answerConflict(msg answerConflictMsg) tea.Cmd {
	p.overwrite = true
	// The words stay kept while the user decides: the save that found the
	// other change wrote nothing.
	var keep tea.Cmd
	if p.keepsText() {
		p.keep.dirty = true
		keep = p.saveKept()
	}
	p.conflictNote = "Not saved: another debrief changed “" + safetext.Line(msg.title) + "” while you typed. Enter saves yours over it; esc twice keeps the other."
	return tea.Batch(keep, p.sh.SetStatus(p.conflictNote, true), p.warning.Shown(p.sh))
}
