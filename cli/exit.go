package cli

import (
	"errors"
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// Exit codes, so scripts can tell failures apart.
const (
	ExitOK         = 0
	ExitFailure    = 1  // anything not listed below
	ExitUsage      = 2  // wrong flags or arguments
	ExitLocked     = 3  // the journal was busy in another debrief too long
	ExitDamaged    = 4  // the journal is damaged or from a newer debrief
	ExitInvalid    = 5  // the input was rejected (import file, outcome, date…)
	ExitNotFound   = 6  // no such interview, draft or review
	ExitFull       = 7  // the disk is full
	ExitNoTTY      = 8  // a screen was needed but there is no terminal
	ExitReadOnly   = 9  // the journal cannot be written (read-only file or disk)
	ExitPassphrase = 10 // the journal is encrypted and the passphrase was wrong or not given
)

// usageError marks a mistake in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// statusExit ends a command with its exit code and no message, as
// `remind --check` answers a script: the code is the answer.
type statusExit int

func (e statusExit) Error() string { return "exit status " + strconv.Itoa(int(e)) }

// foreseenError is a failure outside the journal that debrief expects and
// explains (a scheduler that cannot be reached): exit code 1, its message
// shown, nothing logged.
type foreseenError struct{ msg string }

func (e foreseenError) Error() string { return e.msg }

// noTTYError marks a command that needs a terminal and has none.
type noTTYError struct{ msg string }

func (e noTTYError) Error() string { return e.msg }

// ExitCode returns the exit code for an error returned by a command.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var u usageError
	if errors.As(err, &u) {
		return ExitUsage
	}
	var t noTTYError
	if errors.As(err, &t) {
		return ExitNoTTY
	}
	var st statusExit
	if errors.As(err, &st) {
		return int(st)
	}
	var fe foreseenError
	if errors.As(err, &fe) {
		return ExitFailure
	}
	var je *journal.Error
	var r ranError
	switch {
	case errors.As(err, &je):
	case diskFull(err):
		// Output to standard output that a full disk stopped.
		return ExitFull
	case errors.As(err, &r):
		// A plain error from a command's run: unexpected.
		return ExitFailure
	default:
		// cobra reports unknown flags and commands as plain errors.
		return ExitUsage
	}
	switch je.Code {
	case journal.ELocked:
		return ExitLocked
	case journal.ECorrupt, journal.ENewer:
		return ExitDamaged
	case journal.EInvalid, journal.EConflict:
		return ExitInvalid
	case journal.ENotFound:
		return ExitNotFound
	case journal.EFull:
		return ExitFull
	case journal.EReadOnly:
		return ExitReadOnly
	case journal.EPassphrase, journal.ESealed:
		return ExitPassphrase
	}
	return ExitFailure
}

// message returns what to tell the user about err.
func message(err error) string {
	var u usageError
	var t noTTYError
	var je *journal.Error
	var st statusExit
	var fe foreseenError
	switch {
	case errors.As(err, &st):
		return ""
	case errors.As(err, &fe):
		return fe.msg
	case errors.As(err, &u):
		return u.msg
	case errors.As(err, &t):
		return t.msg
	case errors.As(err, &je):
		return journal.ErrorMessage(err)
	case diskFull(err):
		return "The disk is full, so the output could not be written whole. Free some space and try again; nothing in the journal changed."
	case unexpected(err):
		// Never Go's wording; the log, when it could be written, has it.
		return "Something unexpected went wrong."
	}
	// cobra's own messages ("unknown flag: --x") are written for users.
	return err.Error()
}
