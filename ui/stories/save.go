package stories

import (
	"errors"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// savedMsg says how a save of the story open went: saved, refused, or met
// by a change made elsewhere (another debrief) since the form last wrote:
// merged with it, stopped by a clash in the parts both changed, or
// stopped because the story was deleted.
type savedMsg struct {
	op  writeOp
	err error
	// sent is the story as the form sent it; stored the story as stored
	// now: as written, or, when a clash stopped the save, as the other
	// debrief left it.
	sent, stored journal.Story
	written      bool
	// theirs is the story as the other debrief left it, when it changed
	// since the form last wrote; merged what the merge of the two edits
	// made of it; clashes names the parts both changed.
	theirs           *journal.Story
	merged           journal.Story
	clashes          []string
	deletedMeanwhile bool
	// apart says how the user's version was kept apart, when it was
	// written (see apart.go); apartErr why the copy could not be taken out
	// again once ctrl+s saved the story.
	apart    *keptApart
	apartErr error
}

// saveTries bounds the merges of one save with changes made meanwhile.
const saveTries = 3

// saveStory saves mine, edited from base. When the story was saved
// elsewhere since base was read, the two edits are merged part by part
// and saved over the story as stored. Parts both changed are not saved
// over: with yield, the rest is saved and those parts are left as the
// other debrief wrote them; without, nothing is saved. The reply names
// them either way.
func saveStory(pr kit.Practice, base, mine journal.Story, yield bool) savedMsg {
	msg := savedMsg{sent: mine, merged: mine}
	st := mine
	for range saveTries {
		err := pr.SaveStory(&st)
		if err == nil {
			msg.stored, msg.written = st, true
			return msg
		}
		if mine.ID == 0 || !errors.Is(err, journal.ErrStoryChanged) && journal.ErrorCode(err) != journal.ENotFound {
			msg.err = err
			return msg
		}
		theirs, found, rerr := storyByID(pr, mine.ID)
		switch {
		case rerr != nil:
			msg.err = rerr
			return msg
		case !found:
			msg.deletedMeanwhile = true
			return msg
		case !errors.Is(err, journal.ErrStoryChanged):
			msg.err = err
			return msg
		}
		merged, clashes := journal.MergeStory(base, mine, theirs)
		msg.theirs, msg.merged, msg.clashes = &theirs, merged, clashes
		if len(clashes) > 0 && !yield {
			msg.stored = theirs
			return msg
		}
		for _, pt := range parts {
			if slices.Contains(clashes, pt.name) {
				setPart(pt, &merged, &theirs)
			}
		}
		st = merged
	}
	msg.err = journal.ErrStoryChanged
	return msg
}

// storyByID reads the story of an ID as stored now.
func storyByID(pr kit.Practice, id uint64) (journal.Story, bool, error) {
	stories, err := pr.Stories()
	if err != nil {
		return journal.Story{}, false, err
	}
	for _, st := range stories {
		if st.ID == id {
			return st, true, nil
		}
	}
	return journal.Story{}, false, nil
}

// saved handles the reply to a save: back on the list once ctrl+s saved
// the story; on a change made elsewhere, the form stays open with what
// was typed.
func (p *Page) saved(msg savedMsg) tea.Cmd {
	p.saving = false
	f := p.form
	if f == nil {
		return p.afterWrite(msg.err)
	}
	err, apartNew := msg.err, false
	if a := msg.apart; a != nil {
		if a.err == nil {
			apartNew = a.stored.ID != f.apart.ID
			f.apart, f.apartOf = a.stored, a.of
		} else if err == nil {
			err = a.err
		}
	}
	finish := msg.op == opFinish
	if finish {
		f.closing = false
	}
	var status tea.Cmd
	switch {
	case msg.err != nil && finish:
		status = p.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
	case msg.err != nil:
		status = p.keepFailed(msg.err)
	case msg.deletedMeanwhile:
		f.deleted(p.sh)
		// Kept at once as a new story, so that the words outlive a crash.
		p.next = max(p.next, opAutosave)
		text := "Another debrief deleted this story while you wrote. Your text is still here and is kept as a new story; esc twice drops it."
		if finish {
			text = "Not saved: another debrief deleted this story meanwhile. Your text is still here: ctrl+s saves it as a new story."
		}
		status = p.sh.SetStatus(text, true)
	default:
		// The wait before ctrl+s saves over a change starts when the form
		// first says it found one (or refused ctrl+s for it), not again
		// with each message about it after.
		first := finish || len(f.heldNames()) == 0
		warn := func() tea.Cmd {
			if !first {
				return nil
			}
			return f.warning.Shown(p.sh)
		}
		f.landed(msg.stored, msg.sent, msg.merged, msg.theirs, msg.clashes, p.sh)
		if err != nil {
			status = p.keepFailed(err)
			break
		}
		if msg.written || msg.apart != nil {
			p.failed = false
		}
		switch {
		case finish && msg.written:
			p.form = nil
			p.auto.Stop()
			text := "Story saved."
			if msg.apartErr != nil {
				text += " Your version kept apart, " + kit.QuotedList([]string{f.apart.Title}) + ", stays in the bank: " + journal.ErrorMessage(msg.apartErr)
			}
			return tea.Batch(p.reload(text, msg.apartErr != nil), p.afterWrite(nil))
		case finish && len(msg.clashes) > 0:
			status = tea.Batch(p.sh.SetStatus(notSavedOver(msg.clashes), true), warn())
		case apartNew:
			status = tea.Batch(p.sh.SetStatus("Another debrief changed "+partsCalled(f.heldNames())+
				" in this story while you wrote: the story keeps that change, and your version is kept apart as "+
				kit.QuotedList([]string{f.apart.Title})+". ctrl+s saves yours over that change; esc twice keeps the other.", true),
				warn())
		case len(msg.clashes) > 0:
			status = tea.Batch(p.sh.SetStatus("Another debrief changed "+partsCalled(msg.clashes)+
				" in this story while you wrote: the story keeps that change. Your text is still here: ctrl+s saves it over that change; esc twice keeps the other.", true),
				warn())
		}
		if !finish && msg.apart == nil && f.apartDue() {
			// A part held just now: the user's version is kept apart at
			// once, so that it outlives a crash.
			p.next = max(p.next, opAutosave)
		}
	}
	var tick tea.Cmd
	if finish && p.form != nil && p.form.unsaved() {
		// ctrl+s saved nothing: what it would have is kept a tick later.
		tick = p.auto.Changed(p.sh)
	}
	return tea.Batch(status, tick, p.afterWrite(err))
}

// notSavedOver says that ctrl+s did not save over the parts another
// debrief changed, and what to do.
func notSavedOver(parts []string) string {
	return "Not saved: another debrief changed " + partsCalled(parts) +
		" in this story while you wrote. Your text is still here: ctrl+s saves it over that change; esc twice keeps the other."
}

// keepFailed says, once until a write succeeds, that what is typed could
// not be kept.
func (p *Page) keepFailed(err error) tea.Cmd {
	if p.failed {
		return nil
	}
	p.failed = true
	return p.sh.SetStatus("What you typed could not be kept yet: "+journal.ErrorMessage(err)+
		" It is still here, and is tried again as you go on.", true)
}
