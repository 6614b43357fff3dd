package kit

import "charm.land/bubbles/v2/key"

// BrowseKeys work on the list of interviews.
type BrowseKeys struct {
	Filter key.Binding // focus the filter
	Done   key.Binding // leave the filter, keeping it
	Up     key.Binding
	Down   key.Binding
	PageUp key.Binding
	PageDn key.Binding
	Top    key.Binding
	Bottom key.Binding
	Open   key.Binding
	Sort   key.Binding
	Tag    key.Binding
	Edit   key.Binding
	Delete key.Binding
	Undo   key.Binding
	Back   key.Binding // clear the filter, then leave
	Quit   key.Binding
	Help   key.Binding
}

// DetailKeys work on the page of one interview.
type DetailKeys struct {
	Next     key.Binding
	Previous key.Binding
	Edit     key.Binding // change one answer
	Reflow   key.Binding // walk through the whole reflection again
	Tag      key.Binding
	Delete   key.Binding
	Undo     key.Binding
	Outcome  key.Binding // set the outcome and whether still interested
	Feedback key.Binding // record feedback received
	Decision key.Binding // reflect once the company has answered
	Back     key.Binding
	Quit     key.Binding
	Help     key.Binding
	Save     key.Binding // save the answer being edited
	Cancel   key.Binding
}

func defaultBrowseKeys() BrowseKeys {
	return BrowseKeys{
		Filter: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Done:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop typing")),
		Up:     key.NewBinding(key.WithKeys("up", "k", "ctrl+p"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j", "ctrl+n"), key.WithHelp("↓/j", "down")),
		PageUp: key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDn: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn", "page down")),
		Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Open:   key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "read")),
		Sort:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Tag:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tag")),
		Edit:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Delete: key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete")),
		Undo:   key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", "undo")),
		Back:   key.NewBinding(key.WithKeys("esc", "left", "h"), key.WithHelp("esc", "back")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
	}
}

func defaultDetailKeys() DetailKeys {
	return DetailKeys{
		Next:     key.NewBinding(key.WithKeys("n", "]"), key.WithHelp("n/p", "next/prev")),
		Previous: key.NewBinding(key.WithKeys("p", "[")),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Reflow:   key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit all")),
		Tag:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tag")),
		Delete:   key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete")),
		Undo:     key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", "undo")),
		Outcome:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "outcome")),
		Feedback: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "feedback")),
		Decision: key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "reflect on the decision")),
		Back:     key.NewBinding(key.WithKeys("esc", "left", "h", "backspace"), key.WithHelp("esc", "back")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Save:     key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", "save")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}
