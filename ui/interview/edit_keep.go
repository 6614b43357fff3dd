package interview

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Keeping an answer as it is changed: the text typed in the box is saved as
// the draft of an edit of the interview (journal.Draft with InterviewID and
// Base), about a second after each change and before the app ends. After a
// crash, home offers the draft like any unfinished edit, and the guided
// flow saves it. When the interview already has an unfinished edit, its
// draft takes the answer, since an interview never has two edits in
// progress. Saving the answer saves it into the interview and deletes the
// draft in one step; dropping the change deletes the draft, or puts the
// unfinished edit back as it was.

// keepNext is what the page does once the draft save on its way returns.
type keepNext int

const (
	keepGoOn   keepNext = iota // nothing more
	keepFinish                 // save the answer into the interview
	keepDrop                   // drop the change
	keepQuit                   // answer kit.KeptMsg: the app ends
)

// answerKeep is the draft that keeps the answer being changed.
type answerKeep struct {
	auto    kit.Autosave
	draft   journal.Draft // the draft as last saved; ID 0 until then
	adopted bool          // the draft is an unfinished edit begun before
	// was is the adopted draft's interview before the box changed it,
	// which dropping the change puts back.
	was    journal.Interview
	dirty  bool // changed since the last save began
	saving bool // a save is on its way
	again  bool // save again once it returns
	next   keepNext
}

// answerKeptMsg reports a save of the draft that keeps the answer.
type answerKeptMsg struct {
	draft   journal.Draft
	first   bool // the first save: adopted and was are set
	adopted bool
	was     journal.Interview
	err     error
}

// answerDroppedMsg reports that a dropped change left the journal as it was.
type answerDroppedMsg struct{ err error }

// keepsText reports whether the box holds typed words worth keeping: a
// rating or a choice is one key away.
func (p *Page) keepsText() bool { return p.mode == detailEditing && p.input.IsText() }

// answerChanged notes a change of the typed answer and asks for its save.
func (p *Page) answerChanged() tea.Cmd {
	if !p.keepsText() {
		return nil
	}
	p.keep.dirty = true
	return p.keep.auto.Changed(p.sh)
}

// saveKept saves the typed answer into the edit's draft, in a command. One
// save is on its way at a time, so an older one never lands after a newer.
func (p *Page) saveKept() tea.Cmd {
	k := &p.keep
	if k.saving {
		k.again = true
		return nil
	}
	k.saving, k.dirty, k.again = true, false, false
	c := p.choices[p.choice]
	text, rating, today := p.input.Text(), p.input.Rating, journal.DateOf(p.sh.Now())
	j, id, first, d := p.sh.Journal, p.id, k.draft.ID == 0 && !k.adopted, k.draft.Clone()
	release := k.next == keepQuit // the app ends: the hold goes with it
	var base journal.Interview
	if first && p.iv != nil {
		base = p.iv.Clone()
	}
	return func() tea.Msg {
		msg := answerKeptMsg{first: first}
		if first {
			drafts, err := j.Drafts()
			if err != nil {
				return answerKeptMsg{err: err}
			}
			d = journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: base.Clone(), Base: &base}
			for _, o := range drafts {
				if o.Kind == journal.DraftInterview && o.InterviewID == id {
					d, msg.adopted, msg.was = o, true, o.Interview.Clone()
					break
				}
			}
		}
		if c.step >= 0 {
			d.Step, d.Sub = c.step, 0
		}
		if err := applyAnswer(&d.Interview, c, text, rating, today); err != nil {
			// Not an answer the journal takes yet (a date half typed):
			// the last one kept stands.
			msg.draft = d
			return msg
		}
		_, msg.err = j.KeepDraft(&d, release)
		msg.draft = d
		return msg
	}
}

// answerKept takes the reply of a save, then does what waited for it.
func (p *Page) answerKept(msg answerKeptMsg) tea.Cmd {
	k := &p.keep
	k.saving = false
	if msg.err == nil {
		if msg.first {
			k.adopted, k.was = msg.adopted, msg.was
		}
		k.draft = msg.draft
	} else {
		k.dirty = true
	}
	next := k.next
	k.next = keepGoOn
	switch {
	case next == keepQuit && msg.err == nil && (k.dirty || k.again):
		k.next = keepQuit
		return p.saveKept()
	case next == keepQuit:
		return func() tea.Msg { return kit.KeptMsg{Err: msg.err} }
	case next == keepFinish:
		return p.finishAnswer()
	case next == keepDrop:
		return p.dropAnswer()
	case msg.err != nil:
		return p.sh.SetStatus("Your change could not be kept as a draft: "+journal.ErrorMessage(msg.err), true)
	case k.again:
		return p.saveKept()
	}
	return nil
}

// finishAnswer saves the answer into the interview as stored, unless
// another debrief changed it since the box opened and the user has not
// been told yet. The draft that kept it, when the box began it, is deleted
// in the same step; an unfinished edit the box joined keeps its other
// changes, or goes once it has none left (settleEdit).
func (p *Page) finishAnswer() tea.Cmd {
	k := &p.keep
	if k.saving {
		k.next = keepFinish
		return nil
	}
	k.auto.Stop()
	c := p.choices[p.choice]
	text, rating, today := p.input.Text(), p.input.Rating, journal.DateOf(p.sh.Now())
	stored, overwrite := p.stored, p.overwrite
	conflict := false
	change := func(iv *journal.Interview) error {
		if !overwrite && currentText(iv, c) != stored {
			conflict = true
			return journal.Errorf(journal.EConflict, "changed meanwhile")
		}
		return applyAnswer(iv, c, text, rating, today)
	}
	what := answerWhat(c)
	j, id, d, adopted, set := p.sh.Journal, p.id, k.draft.Clone(), k.adopted, p.sh.Set
	return func() tea.Msg {
		var iv *journal.Interview
		var err error
		if d.ID == 0 || adopted {
			iv, err = j.ChangeInterview(id, change)
		} else {
			iv, err = j.FinishDraftInto(d.ID, id, change)
		}
		if conflict {
			return answerConflictMsg{title: c.title}
		}
		if err == nil && adopted {
			settleEdit(j, set, d, c, text, rating, today)
		}
		msg := kit.InterviewChangedMsg{Kind: kit.ChangeUpdated, What: what, Err: err}
		if iv != nil {
			msg.Interview = *iv
		}
		return msg
	}
}

// settleEdit brings the unfinished edit the box joined in step with the
// answer just saved: the answer counts as unchanged in it now, and the
// edit is deleted once it changes nothing. Should this fail, the edit
// still holds the answer as saved, which saving it would write again.
func settleEdit(j kit.Journal, set prompts.Set, d journal.Draft, c editChoice, text string, rating journal.Rating, today journal.Date) {
	if d.Base == nil {
		return
	}
	if applyAnswer(&d.Interview, c, text, rating, today) != nil || applyAnswer(d.Base, c, text, rating, today) != nil {
		return
	}
	if journal.ChangesAnswers(d.Base, &d.Interview, kit.AnswerRefs(set, &d.Interview, true)) {
		_, _ = j.KeepDraft(&d, true)
		return
	}
	_ = j.DeleteDraft(d.ID)
}

// dropAnswer closes the box without saving, and takes back what it kept.
func (p *Page) dropAnswer() tea.Cmd {
	k := &p.keep
	if k.saving {
		k.next = keepDrop
		return nil
	}
	p.mode = detailReading
	k.auto.Stop()
	j, d, adopted, was := p.sh.Journal, k.draft.Clone(), k.adopted, k.was
	p.keep = answerKeep{}
	var reload tea.Cmd
	if p.overwrite {
		// The page shows the answer another debrief saved meanwhile.
		reload = p.load()
	}
	switch {
	case adopted:
		d.Interview = was
		return tea.Batch(reload, func() tea.Msg {
			_, err := j.KeepDraft(&d, true)
			return answerDroppedMsg{err: err}
		})
	case d.ID != 0:
		return tea.Batch(reload, func() tea.Msg { return answerDroppedMsg{err: j.DeleteDraft(d.ID)} })
	}
	return reload
}

// answerDropped says when a dropped change could not be taken back: its
// draft is then still offered on home.
func (p *Page) answerDropped(msg answerDroppedMsg) tea.Cmd {
	if msg.err == nil {
		return nil
	}
	return p.sh.SetStatus("Your change was dropped here, but its draft could not be removed: "+journal.ErrorMessage(msg.err)+" Discard it from home.", true)
}

// KeepTyped saves the answer being typed into its draft before the app
// ends (see kit.Keeper); nil when everything typed is kept already.
func (p *Page) KeepTyped() tea.Cmd {
	k := &p.keep
	if !p.keepsText() || (!k.dirty && !k.saving) {
		return nil
	}
	k.next = keepQuit
	if k.saving {
		return func() tea.Msg { return nil } // the save on its way answers
	}
	return p.saveKept()
}

// answerWhat names the answer for the status line.
func answerWhat(c editChoice) string { return "“" + safetext.Line(c.title) + "”" }
