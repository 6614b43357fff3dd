package ui

import (
	"github.com/charmbracelet/x/ansi"
)

// WarmTextWidths builds the renderer's table of character widths in the
// background. The table (two megabytes) is built on the first character
// past Latin-1 that is drawn, and building it costs several milliseconds of
// processor time, which a first frame that needs it (home with a draft to
// resume, any other screen) would otherwise wait for. Called first thing
// as the app starts, it is built on another core while the terminal starts
// and the journal opens.
func WarmTextWidths() {
	go ansi.WcWidth.StringWidth("…")
}
