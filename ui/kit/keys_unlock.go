package kit

import "charm.land/bubbles/v2/key"

// UnlockKeys work on the screen that asks for the passphrase of an
// encrypted journal. Every other key is part of the passphrase.
type UnlockKeys struct {
	Unlock key.Binding
	Clear  key.Binding
	Quit   key.Binding
}

// DefaultUnlockKeys returns the keys of the unlock screen.
func DefaultUnlockKeys() UnlockKeys {
	return UnlockKeys{
		// A passphrase typed before the app set up the terminal arrives
		// with its enter as ctrl+j, the terminal's own line end.
		Unlock: key.NewBinding(key.WithKeys("enter", "ctrl+j"), key.WithHelp("enter", "unlock")),
		Clear:  key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "start over")),
		Quit:   key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "leave")),
	}
}
