package kit

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// Requests holds what screens asked of the root while handling a message:
// a screen to open, going back, the guided flow, the search. The root
// carries them out as soon as the screen's Update returns, before it
// handles the next key. As commands they would come back to the root
// after the keys already typed, so that keys typed right after the one
// that opens a screen would reach the screen being left.
type Requests struct{ msgs []tea.Msg }

// Take returns the requests made since the last Take, in order, and
// forgets them.
func (r *Requests) Take() []tea.Msg {
	msgs := r.msgs
	r.msgs = nil
	return msgs
}

// ask hands msg to the root (see Requests). It returns no command: the
// root carries the request out itself.
func (sh *Context) ask(msg tea.Msg) tea.Cmd {
	sh.Requests.msgs = append(sh.Requests.msgs, msg)
	return nil
}

// Navigate opens a screen.
func (sh *Context) Navigate(to ScreenID, id uint64) tea.Cmd {
	return sh.ask(NavigateMsg{To: to, ID: id})
}

// OpenList opens a fresh list of interviews with its filter set to filter.
func (sh *Context) OpenList(filter string) tea.Cmd {
	return sh.ask(NavigateMsg{To: ScreenBrowse, Filter: filter})
}

// NavigateTheme opens a screen narrowed to a theme (the drill of one
// theme, from patterns).
func (sh *Context) NavigateTheme(to ScreenID, theme string) tea.Cmd {
	return sh.ask(NavigateMsg{To: to, Theme: theme})
}

// OpenFollowUp opens the follow-ups screen on the drafted message of one
// follow-up (journal.FollowUp.ID) of an interview.
func (sh *Context) OpenFollowUp(interviewID uint64, followUpID string) tea.Cmd {
	return sh.ask(NavigateMsg{To: ScreenFollowUps, ID: interviewID, FollowUp: followUpID})
}

// Back goes back to the screen the current one was opened from.
func (sh *Context) Back() tea.Cmd { return sh.ask(BackMsg{}) }

// OpenFlow opens the guided flow on a draft, or on a new reflection after
// an interview when d is nil.
func (sh *Context) OpenFlow(d *journal.Draft) tea.Cmd { return sh.ask(OpenFlowMsg{Draft: d}) }

// Search opens the list of interviews typing in its filter.
func (sh *Context) Search() tea.Cmd { return sh.ask(SearchMsg{}) }
