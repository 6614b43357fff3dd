package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// migrations[i] moves a journal from schema version i+1 to i+2. Each runs in
// its own transaction, after a backup of the journal.
var migrations = []func(tx *bolt.Tx) error{compactSummaries, addChecksums, allowSealing}

// allowSealing moves a journal from version 3 to 4, which may be
// encrypted. A plain journal's values stay as they are: only its version
// changes, so that a debrief older than encryption leaves it alone once it
// may have been encrypted.
func allowSealing(*bolt.Tx) error { return nil }

// migrate creates any missing bucket and brings an older journal up to
// SchemaVersion.
func (s *Store) migrate() error {
	var version uint64
	// Look first: a write commits and syncs the file twice, which would slow
	// every start for nothing when the journal is already up to date.
	upToDate, marked, counted := false, false, false
	err := s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets() {
			if tx.Bucket(name) == nil {
				return nil
			}
		}
		meta := tx.Bucket(bucketMeta)
		version = btoi(meta.Get(keySchema))
		upToDate = version == SchemaVersion
		marked = meta.Get(keyBackupTaken) != nil
		_, counted = keptInterviewCount(tx)
		return nil
	})
	if err != nil || (upToDate && !marked && counted) {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		if err := createBuckets(tx); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		// A backup opened to be written to (copied by hand into place,
		// say) is a journal now: backup --force must never replace it.
		if err := meta.Delete(keyBackupTaken); err != nil {
			return err
		}
		if _, ok := keptInterviewCount(tx); !ok {
			if err := keepInterviewCount(tx); err != nil {
				return err
			}
		}
		version = btoi(meta.Get(keySchema))
		if version == 0 {
			// Only the first debriefs wrote no version: every migration
			// reads what they wrote.
			version = 1
		}
		return nil
	})
	if err != nil || version >= SchemaVersion {
		return err
	}
	if _, err := s.BackupBeside(fmt.Sprintf("before-v%d", SchemaVersion)); err != nil {
		return err
	}
	for v := version; v < SchemaVersion; v++ {
		step := migrations[v-1]
		err := s.update(func(tx *bolt.Tx) error {
			if err := step(tx); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put(keySchema, itob(v+1))
		})
		if err != nil {
			return &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("Upgrading the journal to version %d failed; a backup was kept beside it.", v+1), Err: err}
		}
	}
	return nil
}

// rewrite is a value a migration puts back under its key.
type rewrite struct{ key, value []byte }

// putRewrites writes a migration's values back into b, in key order,
// filling pages as values that all grew by a few bytes allow.
func putRewrites(b *bolt.Bucket, todo []rewrite) error {
	b.FillPercent = appendFill
	for _, r := range todo {
		if err := b.Put(r.key, r.value); err != nil {
			return err
		}
	}
	return nil
}
