package ui

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// frameRate is how many times a second, at most, what changed is written
// to the terminal: Bubble Tea's highest, twice its default. The first frame
// is written on the renderer's first tick, so it comes about 8 ms sooner
// than at 60, and so does each key's echo. Idle, the renderer wakes as
// often and finds nothing to write.
const frameRate = 120

// Run runs the app on the given terminal streams until the user quits, or
// until a signal ends it (see signals.go), its draft saved first; then it
// returns a *SignalExit.
func Run(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	w := newSignalWatch()
	opts.editor = &w.editor
	p := tea.NewProgram(firstModel(opts), tea.WithContext(ctx), tea.WithInput(w.input(in)), tea.WithOutput(out), tea.WithoutSignalHandler(), tea.WithFPS(frameRate))
	sig, last, err := w.run(p)
	if sig != 0 {
		return &SignalExit{Signal: sig}
	}
	if err != nil && ctx.Err() == nil {
		return &journal.Error{Code: journal.EInternal, Message: "The screen stopped unexpectedly; your answers were saved up to the last second.", Err: err}
	}
	if u, ok := last.(interface{ Unkept() error }); ok {
		return u.Unkept()
	}
	return nil
}

// firstModel returns what Run starts: the gate while the journal is still
// to be opened or unlocked, its opening already under way (see
// gate.begin), and otherwise the app.
func firstModel(opts Options) tea.Model {
	if opts.Journal == nil && (opts.Unlock != nil || opts.Open != nil) {
		g := newGate(opts)
		g.begin()
		return g
	}
	return New(opts)
}
