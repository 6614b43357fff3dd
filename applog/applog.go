// Package applog keeps a trace of the errors debrief did not foresee: each
// one is appended, with its whole chain of causes, to a private log file
// under the state folder (see store.StateDir), and the message the user sees
// names that file. It never records what the user wrote: only the command,
// the error's code and the chain of Go errors under it, with quoted text
// blanked. Writing the log never fails a command: when the file cannot be
// written, the error is shown as it was.
package applog

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"

	"github.com/debrief-journal/debrief/journal"
)

// FileName is the log's name inside the state folder.
const FileName = "debrief.log"

// Log records the unexpected errors of one run of debrief. A nil *Log, or
// one without a Path, records nothing.
type Log struct {
	// Path is the log file.
	Path string
	// Home is the user's home folder, written as ~ when a message names
	// the log; "" names it in full.
	Home string
	// Command is what was running, such as "debrief export".
	Command string
	// Version is the debrief that ran.
	Version string

	mu sync.Mutex
}

// reported marks an error already written to the log, so that an error
// passed up through several layers is written once.
type reported struct{ err error }

func (r reported) Error() string { return r.err.Error() }
func (r reported) Unwrap() error { return r.err }

// Report writes err to the log when it is unexpected (its code is
// journal.EInternal) and returns the error to show instead: the same code
// and cause, with a message that says where the details are. Any other
// error, an error already reported, and any error when the log cannot be
// written are returned as they are.
func (l *Log) Report(err error) error {
	if l == nil || l.Path == "" || journal.ErrorCode(err) != journal.EInternal {
		return err
	}
	var r reported
	if errors.As(err, &r) {
		return err
	}
	l.mu.Lock()
	werr := l.write(err)
	l.mu.Unlock()
	if werr != nil {
		return err
	}
	return &journal.Error{Code: journal.EInternal, Message: l.message(err), Err: reported{err}}
}

// Shown returns the log's path as messages write it, with ~ for the home
// folder.
func (l *Log) Shown() string {
	if l.Home != "" {
		if rel, err := filepath.Rel(l.Home, l.Path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "~" + string(filepath.Separator) + rel
		}
	}
	return l.Path
}

// message is what to tell the user about a logged error: its own message
// when it has one, and where the details are.
func (l *Log) message(err error) string {
	var je *journal.Error
	if errors.As(err, &je) && je.Message != "" {
		msg := strings.TrimSpace(je.Message)
		if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") && !strings.HasSuffix(msg, "!") {
			msg += "."
		}
		return msg + " The details are in " + l.Shown() + "."
	}
	return "Something unexpected went wrong; the details are in " + l.Shown() + "."
}
