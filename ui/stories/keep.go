package stories

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// What is typed in the form of a story is kept in the story itself, about
// a second after each change and before the app ends (kit.Keeper): a story
// being written is in the bank from its first words (titled untitled
// until it has a title), and an edit is written over the story as it goes,
// merged with what another debrief changes meanwhile; a part both changed
// keeps the other's text, and the user's is kept in a version of the
// story of its own (see apart.go). ctrl+s saves and
// closes the form; esc twice drops the changes: the story the form
// started is taken out again, an edited one is put back as it was opened,
// keeping what other debriefs changed since.

// writeOp is a write of the form to the store; a greater one goes first
// when several wait.
type writeOp int

const (
	opNone writeOp = iota
	// opAutosave keeps what is typed: in the story, and the parts held
	// over a clash in the user's version kept apart.
	opAutosave
	// opFinish saves the story (ctrl+s) and closes the form.
	opFinish
	// opDrop undoes the form's writes (esc twice) and closes it.
	opDrop
)

// write starts op, or, while another write is on its way, has it wait for
// that one: two writes of one story never race, so an older one never
// lands after a newer.
func (p *Page) write(op writeOp) tea.Cmd {
	f := p.form
	if f == nil {
		return nil
	}
	if p.saving {
		p.next = max(p.next, op)
		return nil
	}
	pr := p.sh.Practice
	switch op {
	case opDrop:
		base, undo, apart := f.base, f.undo, f.apart
		p.saving = true
		return func() tea.Msg {
			msg := dropStory(pr, base, undo)
			if msg.err == nil {
				msg.apartErr = removeApart(pr, apart)
			}
			return msg
		}
	case opFinish:
		base, mine, apart := f.base, f.story(), f.apart
		p.saving = true
		return func() tea.Msg {
			msg := saveStory(pr, base, mine, false)
			msg.op = opFinish
			if msg.written {
				// The story holds the user's version now: the copy kept
				// apart is not needed.
				msg.apartErr = removeApart(pr, apart)
			}
			return msg
		}
	}
	if !f.unsaved() {
		return p.afterWrite(nil)
	}
	base, mine := f.base, f.draft()
	draft := f.draftUnsaved()
	var apartOf, apart journal.Story
	apartDue := f.apartDue()
	if apartDue {
		apartOf, apart = f.story(), f.apartStory(journal.DateOf(p.sh.Now()))
	}
	p.saving = true
	return func() tea.Msg {
		msg := savedMsg{sent: mine, stored: base, merged: mine}
		if draft {
			msg = saveStory(pr, base, mine, true)
		}
		msg.op = opAutosave
		if apartDue {
			kept := keepApartAs(pr, apartOf, apart)
			msg.apart = &kept
		}
		return msg
	}
}

// afterWrite starts what waited for a write to land, and answers
// KeepTyped once everything typed is kept (or could not be: err).
func (p *Page) afterWrite(err error) tea.Cmd {
	if op := p.next; op != opNone {
		p.next = opNone
		return p.write(op)
	}
	if !p.keep {
		return nil
	}
	f := p.form
	if err == nil && f != nil && !f.closing && f.unsaved() {
		return p.write(opAutosave)
	}
	p.keep = false
	return func() tea.Msg { return kit.KeptMsg{Err: err} }
}

// KeepTyped keeps what is typed in the form of a story before the app
// ends (see kit.Keeper): nil when it is all kept already. Parts held over
// a clash are kept in the user's version of the story, apart (see
// apart.go), so that the other debrief's text stays as it wrote it. A
// write on its way lands first; the reply to it answers.
func (p *Page) KeepTyped() tea.Cmd {
	if p.saving {
		p.keep = true
		return func() tea.Msg { return nil }
	}
	f := p.form
	if f == nil {
		return nil
	}
	if !f.unsaved() {
		return nil
	}
	p.keep = true
	p.auto.Stop()
	return p.write(opAutosave)
}

// autosaveDue keeps what is typed when its tick comes.
func (p *Page) autosaveDue(msg kit.AutosaveMsg) tea.Cmd {
	if !p.auto.Due(msg) || p.form == nil || p.form.closing {
		return nil
	}
	return p.write(opAutosave)
}

// typed passes a key or a paste to the form's input, and asks for the
// words to be kept when they changed.
func (p *Page) typed(msg tea.Msg) tea.Cmd {
	cmd, changed := p.form.update(msg, p.sh)
	if changed {
		return tea.Batch(cmd, p.auto.Changed(p.sh))
	}
	return cmd
}

// The story bank keeps what is typed in its form before the app ends.
var _ kit.Keeper = (*Page)(nil)
