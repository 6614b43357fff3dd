package cli

import (
	"fmt"
	"io"

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
	fmt.Fprintln(w, "note: "+ui.KeptEditorNote(len(files)))
}
