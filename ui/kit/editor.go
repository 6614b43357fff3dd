package kit

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

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
// screen (see Options.Report). open, when not nil, holds the editor while
// it runs (see EditorProcess).
func RunEditor(editor []string, ready EditorReadyMsg, report func(error) error, open *EditorProcess) tea.Cmd {
	if ready.Err != nil {
		return func() tea.Msg { return EditorDoneMsg{Err: report(ready.Err)} }
	}
	path := ready.Path
	c := &editorRun{Cmd: exec.Command(editor[0], append(editor[1:], path)...), open: open}
	return tea.Exec(c, func(err error) tea.Msg {
		if c.ran {
			// The editor did its work: a terminal that could not be taken
			// back after it changes nothing of what it wrote.
			err = c.err
		}
		return editorFinished(path, safetext.Line(editor[0]), err, report)
	})
}

// EditorProcess is the editor while it runs, so that a signal that ends
// the app can be handed on to it (an interrupt then is the editor's, not
// the app's). The zero value holds none.
type EditorProcess struct {
	mu sync.Mutex
	p  *os.Process
	// starting is set from just before the editor starts: it may run,
	// and the user press ctrl+c in it, before its process is known.
	starting bool
	// endedBy is the signal that ended the last editor, at endedAt.
	endedBy os.Signal
	endedAt time.Time
}

// editorSignalLag is how long after a signal ended the editor the same
// signal reaching the app is taken as that one.
const editorSignalLag = time.Second

// Owns reports whether sig is the editor's: one runs now or is starting,
// or the same signal ended the last one a moment ago. A signal sent to the
// terminal's whole process group (an interrupt in line mode) reaches the
// editor and the app at once, and the editor may have ended of it before
// the app takes its own copy.
func (e *EditorProcess) Owns(sig os.Signal) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.p != nil || e.starting || sig == e.endedBy && time.Since(e.endedAt) < editorSignalLag
}

// Running reports whether an editor runs now, or is starting.
func (e *EditorProcess) Running() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.p != nil || e.starting
}

// Signal sends sig to the editor running now, if one is.
func (e *EditorProcess) Signal(sig os.Signal) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.p != nil {
		_ = e.p.Signal(sig)
	}
}

// set records p as the editor running, or none for nil; starting says
// one is about to start.
func (e *EditorProcess) set(p *os.Process, starting bool) {
	e.mu.Lock()
	e.p, e.starting = p, starting
	e.mu.Unlock()
}

// ended records that sig ended the editor.
func (e *EditorProcess) ended(sig os.Signal) {
	e.mu.Lock()
	e.endedBy, e.endedAt = sig, time.Now()
	e.mu.Unlock()
}

// editorRun is the editor's process as Bubble Tea runs it: on the terminal
// itself (see TerminalInput), and held in open while it runs.
type editorRun struct {
	*exec.Cmd
	open *EditorProcess
	// ran is set once the editor ran, and err is how it ended.
	ran bool
	err error
}

// Run runs the editor and waits for it.
func (e *editorRun) Run() error {
	if e.open != nil {
		e.open.set(nil, true)
		defer e.open.set(nil, false)
	}
	if err := e.Start(); err != nil {
		return err
	}
	if e.open != nil {
		e.open.set(e.Process, false)
	}
	e.err = e.Wait()
	e.ran = true
	if e.open != nil {
		if ws, ok := e.ProcessState.Sys().(interface {
			Signaled() bool
			Signal() syscall.Signal
		}); ok && ws.Signaled() {
			e.open.ended(ws.Signal())
		}
	}
	return e.err
}

// SetStdin gives the editor the terminal the app reads.
func (e *editorRun) SetStdin(r io.Reader) { e.Stdin = terminalFile(r) }

// SetStdout gives the editor the app's output.
func (e *editorRun) SetStdout(w io.Writer) { e.Stdout = w }

// SetStderr gives the editor the app's error output.
func (e *editorRun) SetStderr(w io.Writer) { e.Stderr = w }

// editorFinished reads the text back from the editor's file once the editor
// named name has exited with err, and removes the file securely (see
// removeEditorFile). An editor that ended with an error (killed, or
// closed with the terminal) may have written something the app will not
// take: its file is kept aside (keepEditorFile) and the message says where.
func editorFinished(path, name string, err error, report func(error) error) tea.Msg {
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		msg := "The editor " + name + " ended with an error; nothing changed."
		if kept, kerr := keepEditorFile(path); kerr == nil {
			msg = "The editor " + name + " ended with an error; nothing changed here. What its file held is kept in " + kept + "."
		} else if _, serr := os.Stat(path); serr == nil {
			// Left where it is, the next start keeps it aside.
			msg = "The editor " + name + " ended with an error; nothing changed here. What its file held is kept in " + path + "."
		}
		return EditorDoneMsg{Err: report(&journal.Error{Code: journal.EInternal, Message: msg, Err: err})}
	}
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

// editorFailed says why the editor did not give the text back when it
// could not be started.
func editorFailed(name string, err error) error {
	return &journal.Error{Code: journal.EInternal,
		Message: "The editor " + name + " could not be started; set $EDITOR to the one you use.", Err: err}
}

// EditorDoneMsg carries the text back from $EDITOR.
type EditorDoneMsg struct {
	Text string
	Err  error
}
