package prompts

import (
	"fmt"

	"github.com/debrief-journal/debrief/journal"
)

// fileError is a problem found in a prompts file, with where it is. A line
// or column of 0 is unknown.
type fileError struct {
	line, col int
	msg       string
	cause     error // kept for logs, never shown
}

func fileErrorf(line, col int, format string, args ...any) *fileError {
	return &fileError{line: line, col: col, msg: fmt.Sprintf(format, args...)}
}

// toJournal turns the problem into the error shown to the user, naming the
// file by name.
func (e *fileError) toJournal(name string) *journal.Error {
	var where string
	switch {
	case e.line <= 0:
		where = name
	case e.col <= 0:
		where = fmt.Sprintf("%s, line %d", name, e.line)
	default:
		where = fmt.Sprintf("%s, line %d, column %d", name, e.line, e.col)
	}
	return &journal.Error{Code: journal.EInvalid, Message: where + ": " + e.msg, Err: e.cause}
}

// earlier reports whether e comes before o in the file, so that of several
// problems the user hears about the first one.
func (e *fileError) earlier(o *fileError) bool {
	if o == nil {
		return true
	}
	return e.line < o.line || e.line == o.line && e.col < o.col
}
