package kit

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/safetext"
)

// CleanInput makes typed and pasted text safe before a text widget keeps
// it. The widgets drop control characters themselves, but that leaves the
// body of an escape sequence behind as text (an OSC 52 payload, a window
// title), and they keep bidirectional controls such as U+202E, which the
// widget then draws as they are and which turn the rest of the line around
// on terminals that honour them. safetext removes whole sequences,
// controls, bidirectional controls and invalid UTF-8, and keeps line breaks
// and everything printable, so what is stored is exactly what the screen
// shows.
//
// The cost: right-to-left writers lose explicit direction marks (LRM, RLM
// and the embedding controls) in what they type; the letters themselves are
// kept. Terminals rarely lay out mixed-direction text anyway, and a mark
// that cannot be seen is how a line is made to read differently from what
// it holds.
func CleanInput(msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if m.Text != "" && !safetext.IsClean(m.Text) {
			m.Text = safetext.Text(m.Text)
		}
		return m
	case tea.PasteMsg:
		if !safetext.IsClean(m.Content) {
			m.Content = safetext.Text(m.Content)
		}
		return m
	}
	return msg
}
