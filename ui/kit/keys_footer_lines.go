package kit

import (
	"charm.land/bubbles/v2/key"
)

// KeysFooterLines is KeysFooter with the keys laid over as many lines as
// they need (see KeyLines), so that no line is wider than width even where
// the help's own ellipsis has no room.
func KeysFooterLines(sh *Context, bindings []key.Binding, width int) string {
	return withStatus(sh, KeyLines(sh.KeyHelp(width), bindings), width)
}
