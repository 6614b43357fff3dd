package store

import (
	"errors"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// OpenReading opens the journal at path for a command that only reads it
// (list, show, export, patterns…). Such a command writes nothing anywhere:
// a missing journal is not created but reported (ENotFound), no backup is
// taken, and the journal is opened read-only. The one exception is a
// journal of an older layout (or one that lacks a bucket), which this
// version may not read correctly as it is: it is opened as for writing,
// which upgrades it once, after a backup, as any opening would. Derived
// data a reading command lacks (the analysis index, a kept result) is
// worked out in memory and left for the app or a writing command to keep.
//
// An encrypted journal is unlocked with the Passphrase of opts, asked at
// most once.
func OpenReading(path string, opts ...Options) (*Store, error) {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, journal.Errorf(journal.ENotFound, "There is no journal at %s yet; nothing was created. 'debrief new' starts one.", path)
	}
	s, err := Open(path, Options{ReadOnly: true, Passphrase: o.Passphrase, Attempts: o.Attempts, unlocked: o.unlocked})
	if err != nil {
		return nil, err
	}
	old, err := s.needsUpgrade()
	if err != nil || old {
		s.Close()
	}
	switch {
	case err != nil:
		return nil, err
	case old:
		return Open(path, Options{Passphrase: o.Passphrase, unlocked: s.sealer})
	}
	return s, nil
}

// needsUpgrade reports whether the journal is of an older layout or lacks
// a bucket, which opening it for writing puts right.
func (s *Store) needsUpgrade() (bool, error) {
	old := false
	err := s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets() {
			if tx.Bucket(name) == nil {
				old = true
				return nil
			}
		}
		old = btoi(tx.Bucket(bucketMeta).Get(keySchema)) < SchemaVersion
		return nil
	})
	return old, err
}
