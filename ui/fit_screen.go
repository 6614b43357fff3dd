package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fitScreen cuts a drawn screen to the terminal: each line to its width and
// the screen to its height. Screens lay themselves out to fit; this is the
// last guard, because a line wider than the terminal wraps and pushes every
// line below it down, which garbles the whole screen. A line cut short of
// its text ends with an ellipsis; blank padding is simply dropped.
func fitScreen(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return s // the size is not known yet
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) <= width {
			continue
		}
		tail := ""
		if ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")) > width {
			tail = "…"
		}
		lines[i] = ansi.Truncate(l, width, tail)
	}
	return strings.Join(lines, "\n")
}

// tooSmallMessages ask for a larger window, from the most helpful to the
// shortest, for windows too small for the longer ones.
var tooSmallMessages = [...]string{
	"Make the window larger to use debrief (at least 40×10).",
	"Make the window larger.",
	"Window too small",
	"Too small",
}

// tooSmallView asks for a larger window with the most helpful message that
// fits, wrapped at word boundaries; on a window too small even for that,
// as much of the shortest as fits.
func tooSmallView(sh *shared) string {
	room := max(1, sh.width-2) // the app's padding takes a column each side
	for _, msg := range tooSmallMessages {
		wrapped := lipgloss.NewStyle().Width(room).Render(msg)
		if strings.Count(wrapped, "\n") < max(1, sh.height) && longestWord(msg) <= room {
			return wrapped
		}
	}
	return ansi.Truncate(tooSmallMessages[len(tooSmallMessages)-1], room, "")
}

func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, ansi.StringWidth(w))
	}
	return n
}

// ignoredWhileTooSmall reports whether a key or paste comes while the
// window is too small to draw: the user cannot see what it would do, so
// only quit (ctrl+c) goes through, to the screen, which keeps any draft.
func (m *Model) ignoredWhileTooSmall(msg tea.Msg) bool {
	if !m.sh.tooSmall() {
		return false
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return !key.Matches(msg, m.sh.keys.Global.Quit)
	case tea.PasteMsg:
		return true
	}
	return false
}
