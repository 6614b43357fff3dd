package stories

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// droppedMsg says how dropping the form's changes went.
type droppedMsg struct {
	err error
	// wrote is set when the story was put back, removed when the story
	// the form started was taken out; kept names the parts another
	// debrief changed since, left as it wrote them.
	wrote, removed bool
	kept           []string
	// keptByOther is set when another debrief changed the story the form
	// started, which then stays in the bank.
	keptByOther bool
	// apartErr says why the user's version kept apart (see apart.go)
	// could not be taken out.
	apartErr error
}

// drop closes the form without its changes: at once when the story as
// stored holds none of them, otherwise once they are undone.
func (p *Page) drop() tea.Cmd {
	p.auto.Stop()
	if !p.saving && !p.form.written() && p.form.apart.ID == 0 {
		p.form = nil
		return nil
	}
	p.form.closing = true
	return p.write(opDrop)
}

// dropStory undoes a form's writes: base is the story as the form last
// wrote it, undo as it would be without them. A story the form started is
// deleted, unless another debrief changed it since; an edited one gets
// back the parts of undo the form changed, save those another debrief
// changed since, which keep its text.
func dropStory(pr kit.Practice, base, undo journal.Story) droppedMsg {
	if undo.ID == 0 {
		if base.ID == 0 {
			return droppedMsg{}
		}
		now, found, err := storyByID(pr, base.ID)
		switch {
		case err != nil:
			return droppedMsg{err: err}
		case !found:
			return droppedMsg{}
		case !now.UpdatedAt.Equal(base.UpdatedAt):
			return droppedMsg{keptByOther: true}
		}
		if _, err := pr.DeleteStory(base.ID); err != nil && journal.ErrorCode(err) != journal.ENotFound {
			return droppedMsg{err: err}
		}
		return droppedMsg{removed: true}
	}
	theirs := base
	for range saveTries {
		st := theirs
		var kept []string
		for _, pt := range parts {
			b, u, t := partValue(pt, &base), partValue(pt, &undo), partValue(pt, &theirs)
			switch {
			case u == b:
			case t == b:
				setPart(pt, &st, &undo)
			case t != u:
				kept = append(kept, pt.name)
			}
		}
		if sameParts(st, theirs) {
			return droppedMsg{kept: kept}
		}
		err := pr.SaveStory(&st)
		switch {
		case err == nil:
			return droppedMsg{wrote: true, kept: kept}
		case journal.ErrorCode(err) == journal.ENotFound:
			return droppedMsg{}
		case !errors.Is(err, journal.ErrStoryChanged):
			return droppedMsg{err: err}
		}
		now, found, err := storyByID(pr, base.ID)
		switch {
		case err != nil:
			return droppedMsg{err: err}
		case !found:
			return droppedMsg{}
		}
		theirs = now
	}
	return droppedMsg{err: journal.ErrStoryChanged}
}

// dropped closes the form once its changes are undone, and says what
// became of the story.
func (p *Page) dropped(msg droppedMsg) tea.Cmd {
	p.saving = false
	if msg.err != nil {
		var status tea.Cmd
		if p.form != nil {
			p.form.closing = false
			status = p.sh.SetStatus("Your changes could not be dropped: "+journal.ErrorMessage(msg.err)+
				" They are still in the story; esc twice tries again.", true)
		}
		// What was typed is in the story: kept, if not dropped.
		return tea.Batch(status, p.afterWrite(nil))
	}
	apart := p.form.apart
	p.form = nil
	text := ""
	switch {
	case msg.keptByOther:
		text = "Another debrief changed this story meanwhile, so it stays in the bank."
	case msg.removed:
		text = "Dropped the new story."
	case len(msg.kept) > 0:
		text = "Dropped your changes; another debrief's change to " + partsCalled(msg.kept) + " is kept."
	case msg.wrote:
		text = "Dropped your changes: the story is as it was."
	}
	if msg.apartErr != nil {
		text = strings.TrimSpace(text + " Your version kept apart, " + kit.QuotedList([]string{apart.Title}) +
			", stays in the bank: " + journal.ErrorMessage(msg.apartErr))
	}
	return tea.Batch(p.reload(text, msg.apartErr != nil), p.afterWrite(nil))
}
