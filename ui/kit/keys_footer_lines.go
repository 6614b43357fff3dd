package kit

import (
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// KeysFooterLines is KeysFooter with the keys laid over as many lines as
// they need (see KeyLines), so that no line is wider than width even where
// the help's own ellipsis has no room.
func KeysFooterLines(sh *Context, bindings []key.Binding, width int) string {
	out := KeyLines(sh.KeyHelp(width), bindings)
	if s := sh.StatusView(); s != "" {
		out = ansi.Wrap(s, width, "") + "\n" + out
	}
	return out
}
