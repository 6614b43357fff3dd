package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the app, grouped by screen.
type KeyMap struct {
	Global   GlobalKeys
	Home     HomeKeys
	Reflect  ReflectKeys
	Patterns PatternsKeys
}

// PatternsKeys work on the patterns screen.
type PatternsKeys struct {
	Scroll key.Binding
	Back   key.Binding
	Quit   key.Binding
}

// GlobalKeys work on every screen.
type GlobalKeys struct {
	Quit key.Binding
	Help key.Binding
}

// HomeKeys work on the home screen.
type HomeKeys struct {
	New      key.Binding
	Resume   key.Binding
	Discard  key.Binding
	Up       key.Binding
	Down     key.Binding
	Quit     key.Binding
	Patterns key.Binding
}

// ReflectKeys work in the guided reflection.
type ReflectKeys struct {
	Next    key.Binding
	Back    key.Binding
	Newline key.Binding
	Editor  key.Binding
	Finish  key.Binding
	Pause   key.Binding
	Clear   key.Binding
	Choose  key.Binding
	Rate    key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Global: GlobalKeys{
			Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
			Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		},
		Home: HomeKeys{
			New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new reflection")),
			Resume:   key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "resume draft")),
			Discard:  key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "discard draft")),
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Quit:     key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "quit")),
			Patterns: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patterns")),
		},
		Patterns: PatternsKeys{
			Scroll: key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown", "k", "j"), key.WithHelp("↑/↓", "scroll")),
			Back:   key.NewBinding(key.WithKeys("esc", "h", "left"), key.WithHelp("esc", "back")),
			Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		},
		Reflect: ReflectKeys{
			Next:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
			Back:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
			Newline: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("ctrl+j", "new line")),
			Editor:  key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "editor")),
			Finish:  key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "finish")),
			Pause:   key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "pause")),
			Clear:   key.NewBinding(key.WithKeys("0", "backspace", "delete"), key.WithHelp("0", "clear")),
			Choose:  key.NewBinding(key.WithKeys("up", "down", "left", "right", "k", "j"), key.WithHelp("↑/↓", "choose")),
			Rate:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "left", "right", "h", "l"), key.WithHelp("1-5/←→", "rate")),
		},
	}
}
