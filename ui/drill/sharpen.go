package drill

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Sharpening the better answer of the card showing. The words typed are
// written into the card about a second after each change (kit.Autosave)
// and before the app ends (KeepTyped), so ctrl+c, a signal or a crash
// loses at most a second of typing. Enter saves them and counts the card
// as sharpened; esc twice drops them, writing back the answer the card had
// when the box opened. Every write first checks that the card still holds
// what this box last knew of it, so an answer changed meanwhile in another
// debrief is never written over without the user asking; should the app
// end meanwhile, a story in the bank keeps the words (sharpen_aside.go).

// sharpen is the box open on the card showing, and what it wrote.
type sharpen struct {
	field kit.FieldInput
	// orig is the answer as the box opened; stored the answer the card
	// holds as far as the box knows; wrote is set while that is words of
	// this box, which a drop takes back.
	orig, stored string
	wrote        bool
	// dropping is set by esc on a changed answer: a second esc drops it.
	dropping bool
	auto     kit.Autosave
	// saving is set while a write is in flight: only one at a time, so an
	// older one never lands after a newer one. dirty says a tick came
	// meanwhile; then is what enter or esc asked for meanwhile; keep that
	// the app waits to end until the words are kept (KeepTyped).
	saving, dirty, keep bool
	then                write
	// clash is set once the answer was found changed in another debrief:
	// nothing is written over it until the user presses enter, a moment
	// after the box said so (warning).
	clash   bool
	warning kit.ClashWarning
	// failSaid is set once a failed autosave was told, until one succeeds.
	failSaid bool
	// aside is the answer kept in the story bank during a clash, and
	// asideStory that story as saved (see sharpen_aside.go).
	aside      string
	asideStory *journal.Story
}

// write is why the box writes to the card.
type write int

const (
	noWrite   write = iota
	autosave        // the tick after a change
	keepNow         // the app is ending (KeepTyped)
	finish          // enter: the answer is sharpened
	drop            // esc twice: the answer goes back as it was
	keepAside       // the app is ending during a clash: a story keeps the words
	asideAuto       // the tick after a change during a clash: a story keeps the words
)

// sharpenedMsg says how a write of the box went.
type sharpenedMsg struct {
	why    write
	text   string         // the answer written
	card   *journal.Card  // the card as saved
	theirs string         // the answer found instead, when it changed elsewhere
	story  *journal.Story // the story that keeps the words during a clash
	path   string         // the file that keeps the words, when the bank could not
	err    error
}

// errAnswerChanged refuses to write over an answer changed in another
// debrief since this box last read or wrote it.
var errAnswerChanged = &journal.Error{Code: journal.EConflict, Message: "This answer was changed in another debrief since you began sharpening it, so yours was not saved over that change."}

// clashWarning says that the answer changed elsewhere, and what to do.
var clashWarning = errAnswerChanged.Message + " Press enter to save yours in its place, or esc twice to drop yours."

// openSharpen opens the box on the better answer of the card showing.
func (p *Page) openSharpen() {
	answer := p.card().Answer
	p.phase = editing
	p.edit = sharpen{field: kit.NewFieldInput(journal.KindLong, answer, nil, p.sh.Keys.Reflect), orig: answer, stored: answer}
	p.edit.field.SetSize(p.width()-2, 6)
}

// closeSharpen closes the box on the card's answer as it now stands.
func (p *Page) closeSharpen() {
	p.edit.auto.Stop()
	p.phase, p.busy = revealed, false
	p.edit = sharpen{}
}

// typed is the answer in the box, as it is saved.
func (p *Page) typed() string { return safetext.Text(p.edit.field.Text()) }

// unsaved reports whether the box holds words the card does not.
func (p *Page) unsaved() bool {
	t := p.typed()
	return p.phase == editing && !isBlank(t) && t != p.edit.stored
}

// editKey handles a key while the better answer is sharpened.
func (p *Page) editKey(k tea.KeyPressMsg) tea.Cmd {
	if p.busy {
		return nil // enter or esc is being carried out
	}
	keys, e := p.sh.Keys.Drill, &p.edit
	dropping := e.dropping
	e.dropping = false
	switch {
	case key.Matches(k, keys.Cancel):
		if !dropping && e.field.Text() != e.orig {
			e.dropping = true // a second esc drops the changes
			return nil
		}
		return p.dropSharpen()
	case key.Matches(k, keys.Save):
		if isBlank(p.typed()) {
			return p.sh.SetStatus("The answer is empty; write the answer you wish you had given, or press esc.", true)
		}
		if e.clash && e.warning.TooSoon() {
			// Pressed to save as usual, as the warning came: not an answer to it.
			return p.sh.SetStatus(clashWarning, true)
		}
		return p.finishSharpen()
	}
	return p.editInput(k)
}

// editInput hands a key or a paste to the box, and asks for an autosave
// when it changed the words.
func (p *Page) editInput(msg tea.Msg) tea.Cmd {
	if p.busy {
		return nil
	}
	cmd, changed := p.edit.field.Update(msg, p.sh.Keys.Reflect)
	if !changed {
		return cmd
	}
	return tea.Batch(cmd, p.edit.auto.Changed(p.sh))
}

// autosaveDue saves the words on the autosave's tick.
func (p *Page) autosaveDue(msg kit.AutosaveMsg) tea.Cmd {
	e := &p.edit
	if !e.auto.Due(msg) || p.phase != editing || p.busy {
		return nil
	}
	if e.saving {
		e.dirty = true
		return nil
	}
	if e.clash {
		return p.asideDue()
	}
	if !p.unsaved() {
		return nil
	}
	return p.writeAnswer(autosave, p.typed())
}

// finishSharpen saves the answer typed and closes the box once saved.
func (p *Page) finishSharpen() tea.Cmd {
	p.busy = true
	p.edit.auto.Stop()
	if p.edit.saving {
		p.edit.then = finish
		return nil
	}
	return p.writeAnswer(finish, p.typed())
}

// dropSharpen closes the box, first writing back the answer it had when
// the box opened if an autosave changed it.
func (p *Page) dropSharpen() tea.Cmd {
	e := &p.edit
	e.auto.Stop()
	if e.saving {
		p.busy = true
		e.then = drop
		return nil
	}
	if !e.wrote {
		// The card holds what it held, or a change made elsewhere.
		p.queue[p.at].Answer = e.stored
		forget := p.forgetAside()
		p.closeSharpen()
		return forget
	}
	p.busy = true
	return p.writeAnswer(drop, e.orig)
}

// KeepTyped writes the words typed in the box into the card before the
// app ends (see kit.Keeper), or returns nil when the card holds them
// already.
func (p *Page) KeepTyped() tea.Cmd {
	e := &p.edit
	if p.phase != editing {
		return nil
	}
	if e.saving {
		// The keep follows the write in flight (see sharpened).
		e.keep = true
		return func() tea.Msg { return nil }
	}
	return p.keepCmd()
}

// keepCmd writes the words typed, or says why it cannot; nil when there
// is nothing to keep.
func (p *Page) keepCmd() tea.Cmd {
	if !p.unsaved() {
		return nil
	}
	if p.edit.clash {
		if p.typed() == p.edit.aside {
			return nil
		}
		return p.keepAsideCmd(true)
	}
	p.edit.auto.Stop()
	return p.writeAnswer(keepNow, p.typed())
}

// writeAnswer writes text as the answer of the card showing, unless the
// card no longer holds what the box last knew of it.
func (p *Page) writeAnswer(why write, text string) tea.Cmd {
	p.edit.saving, p.edit.dirty = true, false
	pr, c, base := p.sh.Practice, p.card(), p.edit.stored
	return func() tea.Msg {
		var theirs string
		saved, err := pr.ChangeCard(c.InterviewID, c.Number, func(c *journal.Card) error {
			if c.Answer != base {
				theirs = c.Answer
				return errAnswerChanged
			}
			c.Answer = text
			return nil
		})
		return sharpenedMsg{why: why, text: text, card: saved, theirs: theirs, err: err}
	}
}

// sharpened takes in how a write went, and carries out what waited for
// it.
func (p *Page) sharpened(msg sharpenedMsg) tea.Cmd {
	e := &p.edit
	e.saving = false
	keep, then := e.keep, e.then
	e.keep, e.then = false, noWrite
	if msg.why == keepAside || msg.why == asideAuto {
		return p.keptAside(msg, keep, then)
	}
	var status tea.Cmd
	switch {
	case errors.Is(msg.err, errAnswerChanged):
		e.stored, e.wrote = msg.theirs, false
		if msg.why == drop {
			p.queue[p.at].Answer = msg.theirs
			forget := p.forgetAside()
			p.closeSharpen()
			status = tea.Batch(forget, p.sh.SetStatus("Your changes were dropped; the answer keeps the change made to it in another debrief.", false))
			break
		}
		p.busy = false
		e.auto.Stop()
		if then == finish {
			then = noWrite // enter was pressed before the change was known
		}
		if msg.why != keepNow && then != drop && (!e.clash || msg.why == finish) {
			status = tea.Batch(p.sh.SetStatus(clashWarning, true), e.warning.Shown(p.sh))
		}
		e.clash = true
	case msg.err != nil:
		p.busy = false
		status = p.writeFailed(msg)
	default:
		e.stored, e.wrote, e.failSaid = msg.text, msg.text != e.orig, false
		switch msg.why {
		case finish:
			p.queue[p.at] = *msg.card
			if msg.text == e.orig && !e.clash {
				p.closeSharpen()
				status = p.sh.SetStatus("The answer is as it was.", false)
				break
			}
			p.tally.sharpen(*msg.card)
			forget := p.forgetAside()
			p.closeSharpen()
			status = tea.Batch(forget, p.sh.SetStatus("Answer sharpened.", false))
		case drop:
			p.queue[p.at] = *msg.card
			status = p.forgetAside()
			p.closeSharpen()
		}
	}
	if msg.why == keepNow {
		if e.clash && p.phase == editing {
			// Found changed elsewhere as the app ends: a story keeps the words.
			return tea.Batch(status, p.keepAsideCmd(true))
		}
		return tea.Batch(status, func() tea.Msg { return kit.KeptMsg{Err: msg.err} })
	}
	if errors.Is(msg.err, errAnswerChanged) && p.phase == editing && !keep && then == noWrite {
		// What the write would have kept is kept aside at once.
		return tea.Batch(status, p.asideDue())
	}
	return tea.Batch(status, p.afterWrite(keep, then))
}

// afterWrite starts what waited for the write that just landed: keeping
// the words before the app ends, enter or esc, or the autosave of changes
// made meanwhile.
func (p *Page) afterWrite(keep bool, then write) tea.Cmd {
	switch {
	case keep:
		p.busy = false
		if cmd := p.keepCmd(); cmd != nil {
			return cmd
		}
		return func() tea.Msg { return kit.KeptMsg{} }
	case p.phase != editing:
		return nil
	case then == finish:
		return p.finishSharpen()
	case then == drop:
		return p.dropSharpen()
	case p.edit.dirty && p.edit.clash:
		p.edit.dirty = false
		return p.asideDue()
	case p.edit.dirty:
		p.edit.dirty = false
		if p.unsaved() {
			return p.writeAnswer(autosave, p.typed())
		}
	}
	return nil
}

// writeFailed says why a write failed: an autosave once, until one
// succeeds; the words stay in the box either way.
func (p *Page) writeFailed(msg sharpenedMsg) tea.Cmd {
	why := journal.ErrorMessage(msg.err)
	switch msg.why {
	case autosave:
		if p.edit.failSaid {
			return nil
		}
		p.edit.failSaid = true
		return p.sh.SetStatus("Your changes could not be saved yet: "+why+" They are still here, and saving is tried again at the next change.", true)
	case finish:
		return p.sh.SetStatus("Not saved: "+why+" Your words are still here; press enter to try again.", true)
	case drop:
		return p.sh.SetStatus("The answer could not be put back as it was: "+why+" Press esc twice to try again.", true)
	}
	return nil // the root says why a keep failed
}
