package cli

import (
	"errors"
	"os"
	"syscall"

	"github.com/debrief-journal/debrief/journal"
)

// fileError explains why a file could not be read or written, without Go's
// wording.
func fileError(code, verb, path string, err error) error {
	if diskFull(err) {
		return &journal.Error{Code: journal.EFull, Message: "Cannot " + verb + " " + path + ": the disk is full. Free some space and try again; nothing in the journal changed.", Err: err}
	}
	reason := "an input/output error"
	var pe *os.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return &journal.Error{Code: code, Message: "Cannot " + verb + " " + path + ": " + reason + ".", Err: err}
}

// diskFull reports whether err says the disk (or the user's quota) is full.
func diskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}
