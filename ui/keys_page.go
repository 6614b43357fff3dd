package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

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
