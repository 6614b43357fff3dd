package outcome

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The picker is a kit.Keeper so that ctrl+c and a signal end the app from
// it, as from every screen. It keeps nothing the user did not save: its
// choices are a status, a day and a box, quick to make again, and an
// outcome saved on the way out would replan the follow-ups on a choice the
// user never confirmed. Only a save already on its way (enter was
// pressed) is waited for, so that the app does not end in the middle of
// it.

// KeepTyped lets the app end at once (nil), or once the save on its way
// has landed, answering kit.KeptMsg with how it went.
func (p *Page) KeepTyped() tea.Cmd {
	if !p.saving {
		return nil
	}
	p.keep = true
	return func() tea.Msg { return nil } // the save's reply answers
}

// keptAfterSave answers KeepTyped once the save it waited for landed.
func (p *Page) keptAfterSave(err error) tea.Cmd {
	if !p.keep {
		return nil
	}
	p.keep = false
	return func() tea.Msg { return kit.KeptMsg{Err: err} }
}

// The outcome picker lets the app end from it.
var _ kit.Keeper = (*Page)(nil)
