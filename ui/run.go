package ui

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// Run runs the app on the given terminal streams until the user quits.
func Run(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	var model tea.Model
	if opts.Journal == nil && (opts.Unlock != nil || opts.Open != nil) {
		model = newGate(opts)
	} else {
		model = New(opts)
	}
	p := tea.NewProgram(model, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out))
	_, err := p.Run()
	if err != nil && ctx.Err() == nil {
		return &journal.Error{Code: journal.EInternal, Message: "The screen stopped unexpectedly; your answers were saved up to the last second.", Err: err}
	}
	return nil
}
