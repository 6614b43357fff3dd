package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/ui/kit"
)

// keptEditorNotice says on the status line, a moment after the app starts,
// where the texts of editors debrief could not read back are kept, for as
// long as there are any: they are the user's words, moved aside rather than
// removed (see kit.KeptEditorDir), and 'debrief check' says the same.
// Nothing is said where getenv is nil or names no state folder, as in
// tests.
func keptEditorNotice(sh *kit.Context, getenv func(string) string) tea.Cmd {
	if getenv == nil || dirs.State(getenv) == "" {
		return nil
	}
	return sh.Tick(kit.AfterFirstFrame, func(time.Time) tea.Msg {
		files, err := kit.KeptEditorFiles()
		if err != nil || len(files) == 0 {
			return nil
		}
		return kit.StatusMsg{Text: kit.KeptEditorNote(len(files))}
	})
}
