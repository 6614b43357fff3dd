package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// The app holds the journal's file only while it reads or saves, so the
// file lock alone cannot tell whether a debrief has the journal open on a
// screen. A session lock can: for as long as its screens are open, the app
// holds a shared lock on a small file beside the journal (<journal>.lock,
// always empty). Restore takes that lock exclusively before it swaps the
// journal, so it never replaces a journal under a person typing into it.

// SessionLockPath returns the path of the session lock of the journal at
// path, beside the file a symbolic link leads to, so that every name of
// one journal shares one lock.
func SessionLockPath(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	return path + ".lock"
}

// HoldSession marks the journal as open on a screen until Close. It never
// waits: any number of sessions can hold it at once.
func (s *Store) HoldSession() error {
	f, err := os.OpenFile(SessionLockPath(s.path), os.O_RDONLY|os.O_CREATE, 0o600)
	if errors.Is(err, os.ErrPermission) || errors.Is(err, os.ErrNotExist) {
		// A read-only folder: nothing can be saved here anyway, and a
		// restore could not write either.
		return nil
	}
	if err != nil {
		return writeError(err)
	}
	// Only a restore's exclusive hold, a moment long, can stand in the way.
	deadline := time.Now().Add(LockTimeout)
	for {
		err := lockShared(f)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			f.Close()
			return journal.Errorf(journal.ELocked, "The journal %s is being restored in another terminal; open it again once that is done.", s.path)
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.session = f
	return nil
}

// releaseSession ends the session HoldSession began, if any.
func (s *Store) releaseSession() {
	if s.session != nil {
		s.session.Close() // closing the file releases its lock
		s.session = nil
	}
}

// lockOutSessions takes the session lock of the journal at path
// exclusively, waiting up to LockTimeout, and fails with ELocked while a
// debrief has the journal open on a screen. The returned function releases
// it.
//
// With create unset, a file that has no session lock yet is taken to have
// had no session, and none is made: a backup written over an earlier one
// leaves no lock file beside it.
func lockOutSessions(path string, create bool) (func(), error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return func() {}, nil // no journal yet, so no one has it open
	}
	flag := os.O_RDONLY
	if create {
		flag |= os.O_CREATE
	}
	f, err := os.OpenFile(SessionLockPath(path), flag, 0o600)
	if !create && errors.Is(err, os.ErrNotExist) {
		return func() {}, nil
	}
	if err != nil {
		return nil, writeError(err)
	}
	unlock, err := lockFile(f, LockTimeout)
	if errors.Is(err, errLockTimeout) {
		f.Close()
		return nil, journal.Errorf(journal.ELocked, "The journal %s is open in debrief in another terminal. Close it there first; nothing was changed.", path)
	}
	if err != nil {
		f.Close()
		return nil, writeError(err)
	}
	return func() { unlock(); f.Close() }, nil
}

// checkIdentity refuses to go on with a journal file that is not the one
// this Store opened: the journal was replaced under it (by hand, or by a
// restore that did not see this debrief), and saving into the new file
// could overwrite records it holds under the same numbers.
func (s *Store) checkIdentity(f os.FileInfo) error {
	if s.ident == nil || f == nil || os.SameFile(s.ident, f) {
		return nil
	}
	return journal.Errorf(journal.EConflict, "%s", fmt.Sprintf("The journal at %s was replaced by another file while debrief had it open, so nothing more is saved to it from here. Quit and open debrief again to use the journal now in its place.", s.path))
}
