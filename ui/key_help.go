package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// keyHelp returns the key help drawn at the foot of every screen, in the
// app's styles and cut to width. Keys are parted by a middle dot, as lists
// are everywhere else on screen; it also keeps home's first frame within
// Latin-1, so drawing it never waits for the renderer's table of wide
// characters (see warm.go).
func (sh *shared) keyHelp(width int) help.Model {
	st := sh.styles
	h := help.New()
	h.SetWidth(width)
	h.ShortSeparator = " · "
	h.Styles.ShortKey, h.Styles.FullKey = st.Subtle, st.Subtle
	h.Styles.ShortDesc, h.Styles.FullDesc = st.Faint, st.Faint
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = st.Faint, st.Faint, st.Faint
	return h
}

// keysFooter draws the status line, if any, wrapped to width, over a line
// of key help.
func keysFooter(sh *shared, bindings []key.Binding, width int) string {
	hm := sh.keyHelp(width)
	out := hm.ShortHelpView(bindings)
	if s := sh.statusView(); s != "" {
		out = ansi.Wrap(s, width, "") + "\n" + out
	}
	return out
}

// keyLines lays bindings out in order over as many lines of h's width as
// they need, where ShortHelpView would cut the line short and hide the keys
// at its end. h is a copy, so its width can be lifted while measuring.
func keyLines(h help.Model, bindings []key.Binding) string {
	width := h.Width()
	h.SetWidth(0)
	var lines []string
	var line []key.Binding
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		if len(line) > 0 && lipgloss.Width(h.ShortHelpView(append(line, b))) > width {
			lines = append(lines, h.ShortHelpView(line))
			line = nil
		}
		line = append(line, b)
	}
	if len(line) > 0 {
		lines = append(lines, h.ShortHelpView(line))
	}
	return strings.Join(lines, "\n")
}

// keyGroup is a heading of a screen's ? page and the keys under it.
type keyGroup struct {
	title string
	keys  []key.Binding
}

// keysPage draws a screen's ? page from its bindings: each group under its
// heading, one key a line with what it does. The footer under it says how
// to leave the page (see keysPageFooter).
func keysPage(sh *shared, width int, groups ...keyGroup) string {
	st := sh.styles
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(st.Heading.Render(g.title) + "\n")
		for _, k := range g.keys {
			if !k.Enabled() || k.Help().Key == "" {
				continue
			}
			name := k.Help().Key
			pad := strings.Repeat(" ", max(1, 10-ansi.StringWidth(name)))
			b.WriteString(truncate("  "+name+pad+k.Help().Desc, width) + "\n")
		}
	}
	return b.String()
}

// keysPageFooter is the footer under a ? page.
func keysPageFooter(sh *shared) string {
	return sh.styles.Faint.Render("Press any key to go back.")
}

// scrollGroup is the group of the scroll keys on a ? page.
func scrollGroup(sh *shared) keyGroup {
	return keyGroup{"Moving", sh.keys.Scroll.all()}
}
