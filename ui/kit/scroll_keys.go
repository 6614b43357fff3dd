package kit

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// ScrollKeys move through every screen that scrolls, the same way on each:
// a line, a page, or to either end.
type ScrollKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

func defaultScrollKeys() ScrollKeys {
	return ScrollKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
	}
}

// all returns the scroll keys in the order a ? page lists them.
func (s ScrollKeys) all() []key.Binding {
	return []key.Binding{s.Up, s.Down, s.PageUp, s.PageDown, s.Top, s.Bottom}
}

// Summary is the one binding a footer shows for all the scroll keys.
func (s ScrollKeys) Summary() key.Binding {
	var keys []string
	for _, b := range s.all() {
		keys = append(keys, b.Keys()...)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp("↑/↓ g/G", "scroll"))
}

// ScrollView moves a viewport by a scroll key, and reports whether k was
// one. The viewport's own keys are not used: they would take keys such as
// d and u that screens give other jobs.
func ScrollView(v *viewport.Model, s ScrollKeys, k tea.KeyPressMsg) bool {
	switch {
	case key.Matches(k, s.Up):
		v.ScrollUp(1)
	case key.Matches(k, s.Down):
		v.ScrollDown(1)
	case key.Matches(k, s.PageUp):
		v.PageUp()
	case key.Matches(k, s.PageDown):
		v.PageDown()
	case key.Matches(k, s.Top):
		v.GotoTop()
	case key.Matches(k, s.Bottom):
		v.GotoBottom()
	default:
		return false
	}
	return true
}

// MoveCursor moves a cursor over n rows by a scroll key, page rows at a
// time for the page keys, and reports whether k was one.
func MoveCursor(cursor *int, n, page int, s ScrollKeys, k tea.KeyPressMsg) bool {
	c := *cursor
	switch {
	case key.Matches(k, s.Up):
		c--
	case key.Matches(k, s.Down):
		c++
	case key.Matches(k, s.PageUp):
		c -= max(1, page)
	case key.Matches(k, s.PageDown):
		c += max(1, page)
	case key.Matches(k, s.Top):
		c = 0
	case key.Matches(k, s.Bottom):
		c = n - 1
	default:
		return false
	}
	*cursor = max(0, min(c, n-1))
	return true
}
