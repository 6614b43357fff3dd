package kit

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// KeyHelp returns the key help drawn at the foot of every screen, in the
// app's styles and cut to width. Keys are parted by a middle dot, as lists
// are everywhere else on screen; it also keeps home's first frame within
// Latin-1, so drawing it never waits for the renderer's table of wide
// characters (see warm.go).
func (sh *Context) KeyHelp(width int) help.Model {
	st := sh.Styles
	h := help.New()
	h.SetWidth(width)
	h.ShortSeparator = " · "
	h.Styles.ShortKey, h.Styles.FullKey = st.Subtle, st.Subtle
	h.Styles.ShortDesc, h.Styles.FullDesc = st.Faint, st.Faint
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = st.Faint, st.Faint, st.Faint
	return h
}

// KeysFooter draws the status line, if any, wrapped to width, over a line
// of key help.
func KeysFooter(sh *Context, bindings []key.Binding, width int) string {
	hm := sh.KeyHelp(width)
	return withStatus(sh, hm.ShortHelpView(bindings), width)
}

// withStatus puts the status line, if any, wrapped to width, over keys.
func withStatus(sh *Context, keys string, width int) string {
	if s := sh.StatusView(width); s != "" {
		return s + "\n" + keys
	}
	return keys
}

// Relabel is the binding b with another description, such as a shorter
// one for a footer.
func Relabel(b key.Binding, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, desc))
}

// KeyLines lays bindings out in order over as many lines of h's width as
// they need, where ShortHelpView would cut the line short and hide the keys
// at its end. h is a copy, so its width can be lifted while measuring.
func KeyLines(h help.Model, bindings []key.Binding) string {
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

// KeyGroup is a heading of a screen's ? page and the keys under it.
type KeyGroup struct {
	// Title heads the group.
	Title string
	// Keys are the group's bindings, one a line.
	Keys []key.Binding
}

// KeysPage draws a screen's ? page from its bindings: each group under its
// heading, one key a line with what it does. The footer under it says how
// to leave the page (see keysPageFooter).
func KeysPage(sh *Context, width int, groups ...KeyGroup) string {
	st := sh.Styles
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(st.Heading.Render(g.Title) + "\n")
		for _, k := range g.Keys {
			if !k.Enabled() || k.Help().Key == "" {
				continue
			}
			name := k.Help().Key
			pad := strings.Repeat(" ", max(1, 10-ansi.StringWidth(name)))
			b.WriteString(Truncate("  "+name+pad+k.Help().Desc, width) + "\n")
		}
	}
	return b.String()
}

// KeysPageFooter is the footer under a ? page.
func KeysPageFooter(sh *Context) string {
	return sh.Styles.Faint.Render("Press any key to go back.")
}

// ScrollGroup is the group of the scroll keys on a ? page.
func ScrollGroup(sh *Context) KeyGroup {
	return KeyGroup{"Moving", sh.Keys.Scroll.all()}
}
