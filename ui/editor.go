package ui

import (
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// editorCommand returns the user's editor from $VISUAL or $EDITOR, split
// into words ("code --wait" works), or vi.
func editorCommand(getenv func(string) string) []string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(name)); len(f) > 0 {
			return f
		}
	}
	return []string{"vi"}
}

// editorReadyMsg carries the temporary file the editor will open.
type editorReadyMsg struct {
	path string
	err  error
}

// openEditor writes text to a temporary file in a command; the root then
// hands the terminal to the editor (see runEditor).
func openEditor(text string) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "debrief-*.md")
		if err != nil {
			return editorDoneMsg{err: err}
		}
		defer f.Close()
		if _, err := f.WriteString(text); err != nil {
			os.Remove(f.Name())
			return editorDoneMsg{err: err}
		}
		return editorReadyMsg{path: f.Name()}
	}
}

// runEditor suspends the program, runs the editor on path, and reads the
// text back when it exits.
func runEditor(editor []string, path string) tea.Cmd {
	c := exec.Command(editor[0], append(editor[1:], path)...)
	return tea.ExecProcess(c, func(err error) tea.Msg {
		defer os.Remove(path)
		if err != nil {
			return editorDoneMsg{err: err}
		}
		b, err := os.ReadFile(path)
		return editorDoneMsg{text: strings.TrimRight(string(b), "\n"), err: err}
	})
}
