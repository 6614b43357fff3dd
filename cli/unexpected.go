package cli

import (
	"errors"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/applog"
	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/journal"
)

// ranError marks an error returned by one of debrief's commands as it ran.
// Cobra's complaints about how a command was called (an unknown command, a
// wrong number of arguments) are plain errors too; the mark tells those
// apart from a plain error debrief did not foresee.
type ranError struct{ err error }

func (e ranError) Error() string { return e.err.Error() }
func (e ranError) Unwrap() error { return e.err }

// markRuns marks the errors of c's run and its subcommands' (see ranError).
func markRuns(c *cobra.Command) {
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if err := run(cmd, args); err != nil {
				return ranError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		markRuns(sub)
	}
}

// unexpected reports whether err is one debrief did not foresee: an
// internal error, or a plain error from a command's run, but not a full
// disk or a mistake in how the command was called.
func unexpected(err error) bool {
	var u usageError
	var t noTTYError
	var je *journal.Error
	var r ranError
	var st statusExit
	var fe foreseenError
	switch {
	case err == nil, errors.As(err, &u), errors.As(err, &t), errors.As(err, &st), errors.As(err, &fe):
		return false
	case errors.As(err, &je):
		return je.Code == journal.EInternal
	case diskFull(err):
		return false
	}
	return errors.As(err, &r)
}

// errorLog is the log of unexpected errors for cmd (see package applog):
// debrief.log in the state folder the environment names, or none when it
// names no home.
func errorLog(cmd *cobra.Command, env Env) *applog.Log {
	dir := dirs.State(env.Getenv)
	if dir == "" || cmd == nil {
		return nil
	}
	return &applog.Log{
		Path:    filepath.Join(dir, applog.FileName),
		Home:    env.Getenv("HOME"),
		Command: cmd.CommandPath(),
		Version: cmd.Root().Version,
	}
}
