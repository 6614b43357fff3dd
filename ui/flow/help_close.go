package flow

import tea "charm.land/bubbletea/v2"

// closesHelp closes the keys shown in full when k is esc, and reports
// whether it did. As on every other screen, esc first closes what ? opened;
// only the next esc pauses the reflection (or leaves its summary). ctrl+c
// is not esc and still stops at once.
func (m *Model) closesHelp(k tea.KeyPressMsg) bool {
	if !m.showHelp || k.String() != "esc" {
		return false
	}
	m.showHelp = false
	return true
}
