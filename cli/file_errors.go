package cli

import (
	"errors"
	"os"

	"github.com/debrief-journal/debrief/journal"
)

// fileError explains why a file could not be read or written, without Go's
// wording.
func fileError(code, verb, path string, err error) error {
	reason := "an input/output error"
	var pe *os.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return &journal.Error{Code: code, Message: "Cannot " + verb + " " + path + ": " + reason + ".", Err: err}
}
