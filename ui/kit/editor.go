package kit

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// EditorCommand returns the user's editor from $VISUAL or $EDITOR, split
// into words ("code --wait" works), or vi.
func EditorCommand(getenv func(string) string) []string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(name)); len(f) > 0 {
			return f
		}
	}
	return []string{"vi"}
}

// EditorReadyMsg carries the file the editor will open, or why it could
// not be written.
type EditorReadyMsg struct {
	Path string
	Err  error
}

// OpenEditor writes text to a file of the private editor folder (see
// editor_files.go) in a command; the root then hands the terminal to the
// editor (see runEditor).
func OpenEditor(text string) tea.Cmd {
	return func() tea.Msg {
		path, err := writeEditorFile(text)
		if err != nil {
			return EditorReadyMsg{Err: &journal.Error{Code: journal.EInternal,
				Message: "The text could not be written for your editor in " + store.EditorDir() + "; nothing changed.", Err: err}}
		}
		return EditorReadyMsg{Path: path}
	}
}

// RunEditor suspends the program, runs the editor on the file ready names,
// reads the text back when it exits and removes the file. Its failures,
// and the failure to write the file, go through report on their way to the
// screen (see Options.Report). open, when not nil, is set while the editor
// runs (an interrupt then is the editor's, not the app's).
func RunEditor(editor []string, ready EditorReadyMsg, report func(error) error, open *atomic.Bool) tea.Cmd {
	if ready.Err != nil {
		return func() tea.Msg { return EditorDoneMsg{Err: report(ready.Err)} }
	}
	path := ready.Path
	c := &editorRun{Cmd: exec.Command(editor[0], append(editor[1:], path)...), open: open}
	return tea.Exec(c, func(err error) tea.Msg {
		return editorFinished(path, safetext.Line(editor[0]), err, report)
	})
}

// editorRun is the editor's process as Bubble Tea runs it: on the terminal
// itself (see TerminalInput), and with open set while it runs.
type editorRun struct {
	*exec.Cmd
	open *atomic.Bool
}

// Run runs the editor and waits for it.
func (e *editorRun) Run() error {
	if e.open != nil {
		e.open.Store(true)
		defer e.open.Store(false)
	}
	return e.Cmd.Run()
}

// SetStdin gives the editor the terminal the app reads.
func (e *editorRun) SetStdin(r io.Reader) { e.Stdin = terminalFile(r) }

// SetStdout gives the editor the app's output.
func (e *editorRun) SetStdout(w io.Writer) { e.Stdout = w }

// SetStderr gives the editor the app's error output.
func (e *editorRun) SetStderr(w io.Writer) { e.Stderr = w }

// editorFinished reads the text back from the editor's file once the editor
// named name has exited with err, and removes the file securely (see
// removeEditorFile) whatever happened.
func editorFinished(path, name string, err error, report func(error) error) tea.Msg {
	defer removeEditorFile(path)
	if err != nil {
		return EditorDoneMsg{Err: report(editorFailed(name, err))}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return EditorDoneMsg{Err: report(&journal.Error{Code: journal.EInternal,
			Message: "What you wrote in your editor could not be read back; nothing changed.", Err: err})}
	}
	return EditorDoneMsg{Text: strings.TrimRight(string(b), "\n")}
}

// editorFailed says why the editor did not give the text back.
func editorFailed(name string, err error) error {
	msg := "The editor " + name + " ended with an error; nothing changed."
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) {
		msg = "The editor " + name + " could not be started; set $EDITOR to the one you use."
	}
	return &journal.Error{Code: journal.EInternal, Message: msg, Err: err}
}

// EditorDoneMsg carries the text back from $EDITOR.
type EditorDoneMsg struct {
	Text string
	Err  error
}
