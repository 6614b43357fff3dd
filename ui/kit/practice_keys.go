package kit

import "charm.land/bubbles/v2/key"

// DrillKeys work in a drill session: reveal the better answer, grade how
// the answer went, sharpen or set aside the card.
type DrillKeys struct {
	Reveal  key.Binding
	Again   key.Binding
	Hard    key.Binding
	Good    key.Binding
	Easy    key.Binding
	Sharpen key.Binding
	Suspend key.Binding
	Save    key.Binding
	Cancel  key.Binding
	Back    key.Binding
	Quit    key.Binding
}

// StoriesKeys work in the story bank: its list, and the form of one story.
type StoriesKeys struct {
	Up   key.Binding
	Down key.Binding
	Open key.Binding
	New  key.Binding
	// FromLeftOut starts a story from each one noted as left out of an
	// interview.
	FromLeftOut key.Binding
	Delete      key.Binding
	Confirm     key.Binding
	Next        key.Binding
	Prev        key.Binding
	Save        key.Binding
	Cancel      key.Binding
	Back        key.Binding
	Quit        key.Binding
}

// PrepKeys work on the brief, which scrolls (see ScrollKeys).
type PrepKeys struct {
	Back key.Binding
	Quit key.Binding
}

func defaultDrillKeys() DrillKeys {
	return DrillKeys{
		Reveal:  key.NewBinding(key.WithKeys("space", "enter"), key.WithHelp("space", "show my answer")),
		Again:   key.NewBinding(key.WithKeys("1", "a"), key.WithHelp("1/a", "again")),
		Hard:    key.NewBinding(key.WithKeys("2", "h"), key.WithHelp("2/h", "hard")),
		Good:    key.NewBinding(key.WithKeys("3", "g"), key.WithHelp("3/g", "good")),
		Easy:    key.NewBinding(key.WithKeys("4", "e"), key.WithHelp("4/e", "easy")),
		Sharpen: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sharpen")),
		Suspend: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "set aside")),
		Save:    key.NewBinding(key.WithKeys("ctrl+s", "enter"), key.WithHelp("enter", "save")),
		Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

func defaultStoriesKeys() StoriesKeys {
	return StoriesKeys{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "select")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		New:         key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new story")),
		FromLeftOut: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "start the stories left out")),
		Delete:      key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "delete")),
		Confirm:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, delete")),
		Next:        key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next part")),
		Prev:        key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous part")),
		Save:        key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:        key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

func defaultPrepKeys() PrepKeys {
	return PrepKeys{
		Back: key.NewBinding(key.WithKeys("esc", "left"), key.WithHelp("esc", "back")),
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}
