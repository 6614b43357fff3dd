package ui

import (
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/ui/kit"
)

// warmTextWidths makes the renderer's table of character widths ready in the
// background. The table (two megabytes) is built on the first character past
// Latin-1 that is drawn, and building it costs several milliseconds of
// processor time. Home's first frame keeps within Latin-1, so for home it is
// built once that frame is up, before the first key is likely to come; every
// other screen needs it for its first frame, so there it is built at once,
// while the journal opens.
func warmTextWidths(start Start) {
	go func() {
		if start == StartHome {
			time.Sleep(kit.AfterFirstFrame)
		}
		ansi.WcWidth.StringWidth("…")
	}()
}
