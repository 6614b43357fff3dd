package stories

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// savedMsg says how saving the story open went: saved, refused, or
// stopped by a change made elsewhere (another debrief) since it was
// opened: a clash in the parts both changed, or the story deleted.
type savedMsg struct {
	err error
	// clashes names the parts both edits changed; theirs is the story as
	// stored, merged what would be saved over it.
	clashes          []string
	mine, theirs     journal.Story
	merged           journal.Story
	deletedMeanwhile bool
}

// saveTries bounds the merges of one save with changes made meanwhile.
const saveTries = 3

// saveStory saves mine, edited from base. When the story was saved
// elsewhere since base was read, the two edits are merged part by part
// and saved over the story as stored; parts both changed are not saved
// over, and the reply says which.
func saveStory(pr kit.Practice, base, mine journal.Story) savedMsg {
	st := mine
	for range saveTries {
		err := pr.SaveStory(&st)
		if err == nil {
			return savedMsg{}
		}
		if mine.ID == 0 || !errors.Is(err, journal.ErrStoryChanged) && journal.ErrorCode(err) != journal.ENotFound {
			return savedMsg{err: err}
		}
		theirs, found, rerr := storyByID(pr, mine.ID)
		switch {
		case rerr != nil:
			return savedMsg{err: rerr}
		case !found:
			return savedMsg{mine: mine, deletedMeanwhile: true}
		case !errors.Is(err, journal.ErrStoryChanged):
			return savedMsg{err: err}
		}
		merged, clashes := journal.MergeStory(base, mine, theirs)
		if len(clashes) > 0 {
			return savedMsg{clashes: clashes, mine: mine, theirs: theirs, merged: merged}
		}
		st = merged
	}
	return savedMsg{err: journal.ErrStoryChanged}
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

// saved handles the reply to a save: back on the list once saved; on a
// change made elsewhere, the form stays open with what was typed.
func (p *Page) saved(msg savedMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		return p.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
	case p.form != nil && len(msg.clashes) > 0:
		p.form.rebase(msg.theirs, msg.mine, msg.merged, p.sh)
		return p.sh.SetStatus("Not saved: another debrief changed the "+strings.Join(msg.clashes, " and ")+
			" of this story while you wrote. Your text is still here: ctrl+s saves it over that change; esc twice keeps the other.", true)
	case p.form != nil && msg.deletedMeanwhile:
		gone := p.form.base
		p.form.rebase(journal.Story{From: gone.From, Note: gone.Note, Cards: gone.Cards}, msg.mine, msg.mine, p.sh)
		return p.sh.SetStatus("Not saved: another debrief deleted this story meanwhile. Your text is still here: ctrl+s saves it as a new story.", true)
	case len(msg.clashes) > 0 || msg.deletedMeanwhile:
		return p.sh.SetStatus("Not saved: another debrief changed this story meanwhile.", true)
	}
	p.form = nil
	return p.reload("Story saved.", false)
}
