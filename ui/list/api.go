package list

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// What the root and its tests use of the list, beyond the Screen contract
// and kit.InterviewList.

// QuitOnLeave makes leaving the list quit the app, for a run started on it.
func (p *Page) QuitOnLeave() { p.quitOnLeave = true }

// StartTyping puts the keys in the filter, as / does.
func (p *Page) StartTyping() tea.Cmd {
	p.mode = modeTyping
	return p.input.Focus()
}

// Typing reports whether the keys go to the filter.
func (p *Page) Typing() bool { return p.mode == modeTyping }

// Upsert adds an interview's row, or brings it up to date, after a change
// made on another screen or an undone deletion.
func (p *Page) Upsert(iv *journal.Interview) {
	if p.list != nil {
		p.list.upsert(iv)
	}
}

// SelectedID is the ID of the selected interview, or 0.
func (p *Page) SelectedID() uint64 { return p.selectedID() }

// Query is the filter as typed.
func (p *Page) Query() string { return p.input.Value() }

// Loaded reports whether every summary and the text of every answer are in.
func (p *Page) Loaded() bool { return p.list != nil && p.list.textsLoaded }

// Shown returns the IDs of the rows the filter lets through, in order.
func (p *Page) Shown() []uint64 {
	out := make([]uint64, p.matchCount())
	for i := range out {
		out[i] = p.list.at(i).Summary.ID
	}
	return out
}
