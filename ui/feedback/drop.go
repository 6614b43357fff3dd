package feedback

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// changed reports whether the form holds anything of the user's: words
// typed, a day changed, or an entry kept on the interview. esc then asks
// before it drops them.
func (p *Page) changed() bool {
	return p.kept != nil || p.from.Value() != "" || p.text.Value() != "" || p.date.Value() != p.firstDay
}

// drop goes back without the feedback typed: at once when the interview
// as stored holds none of it, otherwise once the entry kept is taken out.
func (p *Page) drop() tea.Cmd {
	p.auto.Stop()
	if !p.saving && p.kept == nil {
		return p.sh.Back()
	}
	p.closing = true
	return p.write(opDrop)
}

// dropped goes back once the entry kept is taken out, or stays and says
// so when it could not be.
func (p *Page) dropped(msg writtenMsg) tea.Cmd {
	if msg.err != nil && journal.ErrorCode(msg.err) != journal.ENotFound {
		p.closing = false
		// What was typed is on the interview: kept, if not dropped.
		return tea.Batch(p.sh.SetStatus("The feedback you typed could not be taken out: "+journal.ErrorMessage(msg.err)+
			" It is still on the interview; esc twice tries again.", true), p.afterWrite(nil))
	}
	removed := msg.found
	p.kept, p.closing, p.left = nil, false, true
	var status tea.Cmd
	if removed {
		status = p.sh.SetStatus("Dropped the feedback you typed.", false)
	}
	// Nothing is left to keep: a KeepTyped waiting is answered.
	return tea.Batch(status, p.sh.Back(), p.afterWrite(nil))
}
