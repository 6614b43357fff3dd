package kit

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"
)

// The messages in this file are how a screen talks to the root: it returns
// a command that sends one, and the root acts on it.

// StatusMsg asks the root to show a message in the status line for a
// while; Err marks it as an error.
type StatusMsg struct {
	Text string
	Err  bool
}

// StatusClearMsg clears a status line message after its timeout.
type StatusClearMsg struct{ ID int }

// ClearStatusMsg asks the root to empty the status line now.
type ClearStatusMsg struct{}

// ClearStatus returns a command that empties the status line.
func ClearStatus() tea.Cmd { return func() tea.Msg { return ClearStatusMsg{} } }

// UndoMsg asks the root to restore the interview deleted last in this run.
type UndoMsg struct{}

// Undo returns a command that restores the interview deleted last.
func Undo() tea.Cmd { return func() tea.Msg { return UndoMsg{} } }

// QuitMsg asks the root to close the app.
type QuitMsg struct{}

// Quit returns a command that closes the app.
func Quit() tea.Cmd { return func() tea.Msg { return QuitMsg{} } }

// Leave returns a command that goes home, or closes the app when it was
// opened straight into a flow or the weekly review (Context.Standalone).
func (sh *Context) Leave() tea.Cmd {
	if sh.Standalone {
		return Quit()
	}
	return sh.Navigate(ScreenHome, 0)
}

// SearchMsg asks the root to open the list of interviews typing in its
// filter (/ on home).
type SearchMsg struct{}

// OpenFlowMsg asks the root to open the guided flow on a draft, or on a new
// reflection after an interview when Draft is nil.
type OpenFlowMsg struct{ Draft *journal.Draft }
