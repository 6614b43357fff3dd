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
// taken, and the journal is opened read-only. A journal of an older
// layout is read as it is (the codec reads every earlier version) and left
// to the next opening for writing to upgrade. The one exception is a
// journal that lacks one of the buckets, which reads cannot do without: it
// is opened as for writing, which adds them, as any opening would.
func OpenReading(path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, journal.Errorf(journal.ENotFound, "There is no journal at %s yet; nothing was created. 'debrief new' starts one.", path)
	}
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	old, err := s.lacksBucket()
	if err != nil || old {
		s.Close()
	}
	switch {
	case err != nil:
		return nil, err
	case old:
		return Open(path)
	}
	return s, nil
}

// lacksBucket reports whether the journal lacks one of the buckets, which
// opening it for writing adds.
func (s *Store) lacksBucket() (bool, error) {
	lacks := false
	err := s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets() {
			if tx.Bucket(name) == nil {
				lacks = true
			}
		}
		return nil
	})
	return lacks, err
}
