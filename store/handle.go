package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// A Store holds the journal's file open only while it works on it: each
// operation opens the bbolt file (taking its lock), runs its transaction and
// closes it again. So two debriefs can use one journal at once, each
// waiting at most LockTimeout for the other's operation to end, while bbolt
// still lets only one of them write at a time. Operations that overlap
// inside one process share one open handle, counted by users.

// acquire returns the open bbolt handle, opening the file when no other
// operation of this Store has it open. Every acquire is paired with a
// release.
func (s *Store) acquire() (*bolt.DB, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		db, err := openBolt(s.path, s.opts, s.readOnly, false)
		if err != nil {
			return nil, err
		}
		info, _ := os.Stat(s.path)
		if err := s.checkIdentity(info); err != nil {
			db.Close()
			return nil, err
		}
		db.NoSync = s.noSync
		registerSealer(db, s.sealer)
		s.db = db
	}
	s.users++
	return s.db, nil
}

// release ends one operation's use of the handle and closes the file when
// it was the last, which releases the lock for other debriefs.
func (s *Store) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users--
	if s.users > 0 || s.db == nil {
		return
	}
	db := s.db
	s.db = nil
	forgetSealer(db)
	_ = db.Close()
	s.idle.Broadcast()
}

// withDB runs fn with the open handle.
func (s *Store) withDB(fn func(db *bolt.DB) error) error {
	db, err := s.acquire()
	if err != nil {
		return err
	}
	defer s.release()
	return fn(db)
}

// checkSchema refuses to work on a journal that, since this Store opened
// it, was replaced by one that is not a debrief journal of this version
// (a restore, or a newer debrief that upgraded it).
func (s *Store) checkSchema(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return journal.Errorf(journal.ECorrupt, "%s is no longer a debrief journal; it was replaced while debrief had it open. Nothing was changed.", s.path)
	}
	if v := btoi(meta.Get(keySchema)); v > SchemaVersion {
		return journal.Errorf(journal.ENewer, "The journal at %s was upgraded by a newer debrief while this one had it open (journal version %d; this debrief reads up to version %d). Nothing was changed; update debrief to go on.", s.path, v, SchemaVersion)
	}
	return nil
}

// goneError explains an operation on a journal whose file disappeared
// after the Store opened it.
func goneError(path string, err error) error {
	return &journal.Error{Code: journal.ENotFound, Message: fmt.Sprintf("The journal at %s is gone: it was moved or deleted while debrief had it open. Nothing was changed.", path), Err: err}
}

// isGone reports whether err says the journal file no longer exists.
func isGone(err error) bool { return errors.Is(err, os.ErrNotExist) }

// errTooShort is returned when a journal that should exist is shorter than
// any journal bbolt writes, such as a file emptied by accident.
var errTooShort = errors.New("the file is shorter than any journal")

// fileOpener returns the function bbolt opens the journal with. Unless
// create is set it never creates the file and refuses one too short to be
// a journal: bbolt would otherwise start a new, empty journal there.
func fileOpener(open func(string, int, os.FileMode) (*os.File, error), create bool) func(string, int, os.FileMode) (*os.File, error) {
	if open == nil {
		open = os.OpenFile
	}
	if create {
		return open
	}
	return func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := open(name, flag&^os.O_CREATE, perm)
		if err != nil {
			return nil, err
		}
		if info, err := f.Stat(); err == nil && info.Size() < minJournalSize {
			f.Close()
			return nil, errTooShort
		}
		return f, nil
	}
}
