package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui"
)

// noteKeptEditorFiles tells, in the report of 'debrief check', of the texts
// of $EDITOR that debrief could not read back (the editor ended with an
// error, or debrief was closed while it was open): they are kept, never
// removed unread, until the user has taken what they need from them.
func noteKeptEditorFiles(w io.Writer) {
	files, err := ui.KeptEditorFiles()
	if err != nil || len(files) == 0 {
		return
	}
	n := strconv.Itoa(len(files)) + " " + plural(len(files), "text", "texts")
	fmt.Fprintln(w, "note: "+n+" written in your editor while debrief was closed or the editor failed "+
		plural(len(files), "is", "are")+" kept in "+safetext.Line(ui.KeptEditorDir())+
		"; copy what you need into your journal, then delete "+plural(len(files), "it", "them")+".")
}
