package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"syscall"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/debrief-journal/debrief/journal"
)

// guard runs fn so that a damaged file cannot crash the app: a fault while
// reading the memory map, or a panic inside bbolt, becomes an ECorrupt error.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &journal.Error{Code: journal.ECorrupt, Message: "The journal is damaged and cannot be read. Run `debrief check` for details.", Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	return fn()
}

// view runs fn in a read transaction, guarded, with the journal open for
// just this operation.
func (s *Store) view(fn func(tx *bolt.Tx) error) error {
	return s.withDB(func(db *bolt.DB) error {
		return guard(func() error {
			return db.View(func(tx *bolt.Tx) error {
				if err := s.checkSchema(tx); err != nil {
					return err
				}
				return fn(tx)
			})
		})
	})
}

// update runs fn in a write transaction that commits (and syncs to disk) only
// when fn succeeds; write failures come back as messages for the user.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return writeError(berrors.ErrDatabaseReadOnly)
	}
	err := s.withDB(func(db *bolt.DB) error {
		return guard(func() error {
			return db.Update(func(tx *bolt.Tx) error {
				if err := s.checkSchema(tx); err != nil {
					return err
				}
				s.wrote.Store(true)
				return fn(tx)
			})
		})
	})
	if err == nil {
		s.afterWrite()
		return nil
	}
	var je *journal.Error
	if errors.As(err, &je) {
		return err
	}
	return writeError(err)
}

// writeError explains a failed write. Nothing was committed when it happens.
func writeError(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, berrors.ErrMaxSizeReached):
		return &journal.Error{Code: journal.EFull, Message: "The disk is full, so this could not be saved. Free some space; nothing already saved was lost.", Err: err}
	case errors.Is(err, berrors.ErrDatabaseReadOnly):
		return &journal.Error{Code: journal.EReadOnly, Message: "The journal is open read-only.", Err: err}
	case errors.Is(err, syscall.EROFS):
		return &journal.Error{Code: journal.EReadOnly, Message: "This could not be saved: the disk holding the journal is read-only. Nothing already saved was lost.", Err: err}
	}
	return &journal.Error{Code: journal.EInternal, Message: "Saving failed (" + reason(err) + "). Nothing already saved was lost; try again.", Err: err}
}

// readOnlyError explains that the journal at path cannot be written.
func readOnlyError(path string, err error) error {
	return &journal.Error{Code: journal.EReadOnly, Message: fmt.Sprintf("The journal at %s is read-only (its file, its folder or its disk does not allow writing), so nothing can be saved to it. Commands that only read it, such as list, show and export, still work.", path), Err: err}
}

// reason returns the operating system's short description of err, such as
// "permission denied", without paths or Go details.
func reason(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return "an input/output error"
}
