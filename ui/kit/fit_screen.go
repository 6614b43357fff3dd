package kit

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// FitScreen cuts a drawn screen to the terminal: each line to its width and
// the screen to its height. Screens lay themselves out to fit; this is the
// last guard, because a line wider than the terminal wraps and pushes every
// line below it down, which garbles the whole screen. A line cut short of
// its text ends with an ellipsis; blank padding is simply dropped.
func FitScreen(s string, width, height int) string {
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

// TooSmallView asks for a larger window with the most helpful message that
// fits, wrapped at word boundaries; on a window too small even for that,
// as much of the shortest as fits.
func TooSmallView(sh *Context) string {
	room := max(1, sh.Width-2) // the app's padding takes a column each side
	for _, msg := range tooSmallMessages {
		wrapped := lipgloss.NewStyle().Width(room).Render(msg)
		if strings.Count(wrapped, "\n") < max(1, sh.Height) && longestWord(msg) <= room {
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
