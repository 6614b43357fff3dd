package ui

import "github.com/charmbracelet/x/ansi"

// warmTextWidths makes the renderer's table of character widths ready. The
// table (a few megabytes) is built on the first character outside Latin-1
// that is measured, and home's first frame has several (▸, …, ·): built
// then, it costs about ten milliseconds on a slow machine before anything is
// drawn. Run in the background at start, it is built while the journal opens.
func warmTextWidths() {
	ansi.WcWidth.StringWidth("…")
}
