package ui

import (
	"io"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Ending on a signal: closing the terminal (SIGHUP), kill (SIGTERM) and an
// interrupt sent from outside (SIGINT) end the app the way ctrl+c does, the
// draft saved with every word typed, and then with the code a shell expects
// of a process ended by that signal (128 + its number). Bubble Tea's own
// handler would quit at once, without the last second of typing, and with
// code 0, so it is turned off (tea.WithoutSignalHandler). A terminal that
// goes away counts as SIGHUP, even before the signal comes (see
// kit.TerminalInput).

// signalGrace bounds how long the app may take to save and end once a
// signal came; past it Run returns anyway, so a stuck terminal cannot keep
// a killed debrief alive.
const signalGrace = 10 * time.Second

// signalMsg tells the root that a signal asks the app to end.
type signalMsg struct{}

// SignalExit is what Run returns when a signal ended the app, its draft
// saved: there is nothing to tell the user (the terminal may be gone), only
// the exit code to give.
type SignalExit struct{ Signal syscall.Signal }

// Error names the signal, for logs; it is not shown to the user.
func (e *SignalExit) Error() string { return "ended by signal " + strconv.Itoa(int(e.Signal)) }

// Code is the exit code a shell gives a process ended by the signal.
func (e *SignalExit) Code() int { return 128 + int(e.Signal) }

// signalWatch turns the signals that end the app into signalMsg.
type signalWatch struct {
	ch      chan os.Signal
	stopped chan struct{}
	// editor is $EDITOR while it runs: an interrupt then is the editor's
	// (ctrl+c in a line editor), as Bubble Tea takes it too, and a signal
	// that ends the app is handed on to it, so that it ends too and gives
	// the terminal back (see kit.EditorProcess).
	editor kit.EditorProcess

	// watching is closed once the signals are caught (see newSignalWatch).
	watching chan struct{}

	mu    sync.Mutex
	first syscall.Signal // the first signal that asked the app to end
	asked chan struct{}  // closed once one did
	p     *tea.Program
}

// newSignalWatch starts catching the signals that end the app. The first
// signal.Notify in a process starts the runtime's signal handling, about
// half a millisecond and more while the other core builds the width table
// (see WarmTextWidths), so it is done beside the terminal's start instead of
// before it: the first frame does not wait for it, and a signal in that
// moment ends the app as one before it started would.
func newSignalWatch() *signalWatch {
	w := &signalWatch{ch: make(chan os.Signal, 4), stopped: make(chan struct{}), asked: make(chan struct{}), watching: make(chan struct{})}
	go func() {
		signal.Notify(w.ch, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
		close(w.watching)
	}()
	return w
}

// stop stops catching the signals, once they are caught: a Notify still to
// come would otherwise catch them for good after the app ended.
func (w *signalWatch) stop() {
	<-w.watching
	signal.Stop(w.ch)
	close(w.stopped)
}

// input wraps in, when it is a terminal, so the terminal going away is
// taken as SIGHUP.
func (w *signalWatch) input(in io.Reader) io.Reader {
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return in
	}
	return &kit.TerminalInput{File: f, Gone: func() { w.end(syscall.SIGHUP) }, Ahead: kit.TypedAhead(f)}
}

// ended is how a program run ended: its last model and its error.
type ended struct {
	model tea.Model
	err   error
}

// run runs p until it ends, or until signalGrace after a signal asked it
// to end, and returns the signal that did, if any, p's last model (nil
// when it did not end in time) and its error.
func (w *signalWatch) run(p *tea.Program) (syscall.Signal, tea.Model, error) {
	w.mu.Lock()
	w.p = p
	w.mu.Unlock()
	go w.listen()
	done := make(chan ended, 1)
	go func() {
		m, err := p.Run()
		done <- ended{m, err}
	}()
	var end ended
	select {
	case end = <-done:
	case <-w.asked:
		select {
		case end = <-done:
		case <-time.After(signalGrace):
		}
	}
	w.stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.first, end.model, end.err
}

// listen hands each signal that comes to end.
func (w *signalWatch) listen() {
	for {
		select {
		case <-w.stopped:
			return
		case s := <-w.ch:
			sig, _ := s.(syscall.Signal)
			if sig == syscall.SIGINT && w.editor.Owns(sig) {
				continue
			}
			if w.editor.Running() {
				w.editor.Signal(sig)
			}
			w.end(sig)
		}
	}
}

// end asks the app to end because of sig; the first signal is the one the
// exit code tells.
func (w *signalWatch) end(sig syscall.Signal) {
	w.mu.Lock()
	if w.first == 0 {
		w.first = sig
		close(w.asked)
	}
	p := w.p
	w.mu.Unlock()
	if p != nil {
		// Send waits while the editor has the terminal; the signal is
		// handled once it gives it back.
		go p.Send(signalMsg{})
	}
}
