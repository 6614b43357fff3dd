package ui

import (
	"github.com/debrief-journal/debrief/ui/kit"

	tea "charm.land/bubbletea/v2"
)

// openBrowse shows the list of interviews. Coming back to it, or from an
// interview (id set), finds the list as it was, with that interview
// selected; opening it from elsewhere starts afresh, so it shows what
// changed meanwhile.
func (m *Model) openBrowse(id uint64) tea.Cmd {
	if m.browse == nil || (id == 0 && !m.returning) {
		m.browse = newBrowsePage(m.sh, m.opts.BrowseQuery)
		m.browse.quitOnLeave = m.opts.Start == StartBrowse
		m.opts.BrowseQuery = ""
	}
	if id != 0 {
		m.browse.selectByID(id)
	}
	m.page = m.browse
	return m.page.Init()
}

// openSearch opens a fresh list typing in its filter.
func (m *Model) openSearch() tea.Cmd {
	cmd := m.open(kit.ScreenBrowse, 0)
	b := m.browse
	b.mode = browseTyping
	return tea.Batch(cmd, b.input.Focus())
}

// openDetail shows one interview in full.
func (m *Model) openDetail(id uint64) tea.Cmd {
	var list InterviewList
	if m.browse != nil {
		list = m.browse
	}
	m.page = newDetailPage(m.sh, id, list)
	return m.page.Init()
}
