package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/home"
)

// readHome reads what home shows, in the caller's goroutine, when the app
// starts at home. The gate calls it as soon as the journal is open, before
// handing the app to Bubble Tea (see gate.begin), so that the first frame
// of home already shows the journal rather than waiting a frame or two for
// Init's command to read it.
func (m *Model) readHome() {
	if _, elsewhere := startScreens[m.opts.Start]; !elsewhere {
		m.homeRead = home.Read(m.sh.Journal, m.sh.Now())
	}
}

// startHome takes in what readHome read, at once, or else reads home in a
// command.
func (m *Model) startHome() tea.Cmd {
	read := m.homeRead
	if read == nil {
		return m.home.Init()
	}
	m.homeRead = nil
	return m.handle(read)
}
