package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// ignoredWhileTooSmall reports whether a key or paste comes while the
// window is too small to draw: the user cannot see what it would do, so
// only quit (ctrl+c) goes through, to the screen, which keeps any draft.
func (m *Model) ignoredWhileTooSmall(msg tea.Msg) bool {
	if !m.sh.TooSmall() {
		return false
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return !key.Matches(msg, m.sh.Keys.Global.Quit)
	case tea.PasteMsg:
		return true
	}
	return false
}
