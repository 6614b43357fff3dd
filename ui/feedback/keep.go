package feedback

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// What is typed in the form is kept on the interview itself, about a
// second after each change and before the app ends (kit.Keeper): the
// feedback is among the interview's from the first words of what they
// said, and each change is written over it. ctrl+s checks and saves it
// for good; esc twice takes it out again. A name or a day alone is not
// kept: a piece of feedback is what was said.

// writeOp is a write of the form to the store; a greater one goes first
// when several wait.
type writeOp int

const (
	opNone writeOp = iota
	// opAutosave keeps what is typed.
	opAutosave
	// opFinish saves the feedback (ctrl+s).
	opFinish
	// opDrop takes out what the form kept (esc twice) and goes back.
	opDrop
)

// writtenMsg says how a write of the form went.
type writtenMsg struct {
	op  writeOp
	iv  *journal.Interview
	err error
	// kept is the entry as stored now, nil when the interview holds none
	// of the form's; found is set when the entry written before was
	// still there.
	kept  *journal.Feedback
	found bool
}

// write starts op, or, while another write is on its way, has it wait for
// that one: two writes of one entry never race, so an older one never
// lands after a newer.
func (p *Page) write(op writeOp) tea.Cmd {
	if p.saving {
		p.next = max(p.next, op)
		return nil
	}
	var fb *journal.Feedback
	switch op {
	case opDrop:
		if p.kept == nil {
			return p.dropped(writtenMsg{op: opDrop}) // nothing of the form is stored
		}
	case opFinish:
		fb = p.finishing
	case opAutosave:
		if !p.unsaved() {
			return p.afterWrite(nil)
		}
		fb = p.typedEntry()
	}
	p.saving = true
	j, id, last, typedDay, today := p.sh.Journal, p.id, p.kept, p.date.Value(), journal.Today(p.sh.Now())
	return func() tea.Msg {
		msg := writtenMsg{op: op}
		at := -1
		iv, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
			put := fb
			if put != nil && op == opAutosave {
				e := *put
				e.Date = keptDay(typedDay, iv, last, today)
				put = &e
			}
			var err error
			at, msg.found, err = putEntry(iv, last, put)
			return err
		})
		msg.iv, msg.err = iv, err
		if err == nil && at >= 0 && iv != nil && at < len(iv.Feedback) {
			e := iv.Feedback[at]
			msg.kept = &e
		}
		return msg
	}
}

// typedEntry is the entry as typed, without its day (see keptDay), or nil
// when nothing was said yet.
func (p *Page) typedEntry() *journal.Feedback {
	if strings.TrimSpace(p.text.Value()) == "" {
		return nil
	}
	return &journal.Feedback{From: p.from.Value(), Text: p.text.Value()}
}

// unsaved reports whether the form holds words the interview as stored
// lacks.
func (p *Page) unsaved() bool {
	if p.saved || p.left || p.iv == nil {
		return false
	}
	fb := p.typedEntry()
	switch {
	case fb == nil:
		return p.kept != nil
	case p.kept == nil:
		return true
	}
	return strings.TrimSpace(fb.From) != p.kept.From || strings.TrimSpace(fb.Text) != p.kept.Text ||
		keptDay(p.date.Value(), p.iv, p.kept, journal.Today(p.sh.Now())) != p.kept.Date
}

// written handles the reply to a write.
func (p *Page) written(msg writtenMsg) tea.Cmd {
	p.saving = false
	if msg.op == opDrop {
		return p.dropped(msg)
	}
	if msg.err == nil {
		p.kept, p.failed = msg.kept, false
		if msg.iv != nil {
			p.iv = msg.iv
		}
	}
	if msg.op == opFinish {
		return p.finished(msg)
	}
	var status tea.Cmd
	if msg.err != nil && !p.failed {
		p.failed = true
		status = p.sh.SetStatus("What you typed could not be kept yet: "+journal.ErrorMessage(msg.err)+
			" It is still here, and is tried again as you go on.", true)
	}
	return tea.Batch(status, p.afterWrite(msg.err))
}

// finished goes on to what comes next once ctrl+s saved the feedback, or
// keeps the form open when it could not.
func (p *Page) finished(msg writtenMsg) tea.Cmd {
	p.closing = false
	if msg.err != nil {
		var tick tea.Cmd
		if p.unsaved() {
			// ctrl+s saved nothing: what it would have is kept a tick later.
			tick = p.auto.Changed(p.sh)
		}
		return tea.Batch(p.sh.SetStatus("The feedback was not saved: "+journal.ErrorMessage(msg.err), true), tick, p.afterWrite(msg.err))
	}
	p.saved, p.kept, p.finishing = true, nil, nil
	p.auto.Stop()
	return tea.Batch(p.sh.SetStatus("Feedback kept.", false), p.afterWrite(nil))
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
	if err == nil && !p.closing && p.unsaved() {
		return p.write(opAutosave)
	}
	p.keep = false
	return func() tea.Msg { return kit.KeptMsg{Err: err} }
}

// KeepTyped keeps what is typed in the form before the app ends (see
// kit.Keeper): nil when the interview as stored holds it all. A write on
// its way lands first; the reply to it answers.
func (p *Page) KeepTyped() tea.Cmd {
	if p.saving {
		p.keep = true
		return func() tea.Msg { return nil }
	}
	if !p.unsaved() {
		return nil
	}
	p.keep = true
	p.auto.Stop()
	return p.write(opAutosave)
}

// autosaveDue keeps what is typed when its tick comes.
func (p *Page) autosaveDue(msg kit.AutosaveMsg) tea.Cmd {
	if !p.auto.Due(msg) || p.closing || p.saved || p.left {
		return nil
	}
	return p.write(opAutosave)
}

// typed passes a key or a paste to the field with the focus, and asks for
// the words to be kept when they changed.
func (p *Page) typed(msg tea.Msg) tea.Cmd {
	before := p.from.Value() + "\x00" + p.date.Value() + "\x00" + p.text.Value()
	cmd := p.updateField(msg)
	if p.from.Value()+"\x00"+p.date.Value()+"\x00"+p.text.Value() != before {
		return tea.Batch(cmd, p.auto.Changed(p.sh))
	}
	return cmd
}

// The feedback form keeps what is typed in it before the app ends.
var _ kit.Keeper = (*Page)(nil)
