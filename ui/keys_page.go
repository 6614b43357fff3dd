package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// keysPageKey opens a keyed screen's ? page on ?, and closes it on the next
// key but quit. It reports whether it took the key.
func (m *Model) keysPageKey(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || m.page == nil || m.screen == kit.ScreenReflect || key.Matches(k, m.sh.Keys.Global.Quit) {
		return false
	}
	if m.showKeys {
		m.showKeys = false
		return true
	}
	p, ok := m.page.(kit.Keyed)
	if ok && key.Matches(k, m.sh.Keys.Global.Help) && p.KeyGroups() != nil {
		m.showKeys = true
		return true
	}
	return false
}

// keysPageView draws the ? page of the keyed screen showing.
func (m *Model) keysPageView() string {
	p, _ := m.page.(kit.Keyed)
	width := max(20, min(m.sh.Width-2, 100))
	title := m.sh.Styles.Title.Render("debrief") + m.sh.Styles.Subtle.Render(" · keys") + "\n\n"
	var groups []kit.KeyGroup
	if p != nil {
		groups = p.KeyGroups()
	}
	return kit.LayoutBody(title+kit.KeysPage(m.sh, width, groups...), kit.KeysPageFooter(m.sh), m.sh.Height)
}
