package journal

import (
	"errors"
	"fmt"
)

// Error codes carried by *Error. They tell callers (and exit codes) what kind
// of failure happened without parsing messages.
const (
	EInvalid    = "invalid"    // the input breaks a rule of the domain
	ENotFound   = "notfound"   // the thing asked for does not exist
	EConflict   = "conflict"   // the operation clashes with existing state
	ELocked     = "locked"     // the journal is held by another process
	ECorrupt    = "corrupt"    // stored data cannot be read back
	ENewer      = "newer"      // the journal was written by a newer debrief
	EFull       = "full"       // the disk or the journal's size limit is full
	EReadOnly   = "readonly"   // the journal's file or disk does not allow writing
	ESealed     = "sealed"     // the journal is encrypted and no passphrase was given
	EPassphrase = "passphrase" // the passphrase given is not the journal's
	EInternal   = "internal"   // anything unexpected
)

// Error is the one error type of debrief: a code for programs and a message
// meant for the person using the app.
type Error struct {
	Code    string
	Message string
	// Err is the underlying cause, kept for logs; it is never shown as is.
	Err error
}

// Error returns the user-facing message.
func (e *Error) Error() string {
	if e.Message != "" {
		return e.Message
	}
	return "something went wrong"
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of err: the message of its
// *Error, or a short generic sentence for anything unexpected.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "Something unexpected went wrong; nothing you typed was lost."
}
