package ui

import tea "charm.land/bubbletea/v2"

// openBrowse shows the list of interviews. Coming back to it, or from an
// interview (id set), finds the list as it was, with that interview
// selected; opening it from elsewhere starts afresh, so it shows what
// changed meanwhile.
func (m *Model) openBrowse(id uint64) tea.Cmd {
	if m.sh.browse == nil || (id == 0 && !m.returning) {
		m.sh.browse = newBrowsePage(m.sh, m.opts.BrowseQuery)
		m.sh.browse.quitOnLeave = m.opts.Start == StartBrowse
		m.opts.BrowseQuery = ""
	}
	if id != 0 {
		m.sh.browse.selectByID(id)
	}
	m.page = m.sh.browse
	return m.page.Init()
}

// openSearch opens a fresh list typing in its filter.
func (m *Model) openSearch() tea.Cmd {
	cmd := m.open(screenBrowse, 0)
	b := m.sh.browse
	b.mode = browseTyping
	return tea.Batch(cmd, b.input.Focus())
}

// openDetail shows one interview in full.
func (m *Model) openDetail(id uint64) tea.Cmd {
	m.page = newDetailPage(m.sh, id)
	return m.page.Init()
}
