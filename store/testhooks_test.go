package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// This file lets the external tests plant damage that the store's own
// methods never write.

// PutRaw writes value under key in the named bucket as it is, past the
// codec and every check.
func (s *Store) PutRaw(bucket string, key, value []byte) error {
	return s.rawUpdate(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put(key, value) })
}

// DeleteRaw removes key from the named bucket.
func (s *Store) DeleteRaw(bucket string, key []byte) error {
	return s.rawUpdate(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Delete(key) })
}

// SetNoSync skips the sync of each commit, for fuzzing speed.
func (s *Store) SetNoSync(on bool) { s.noSync = on }

// rawUpdate runs fn in a write transaction with no check of the schema.
func (s *Store) rawUpdate(fn func(tx *bolt.Tx) error) error {
	return s.withDB(func(db *bolt.DB) error { return db.Update(fn) })
}

// IDKey is the key of a record with this ID.
func IDKey(id uint64) []byte { return itob(id) }

// SummaryKey is the key of an interview's summary.
func SummaryKey(d journal.Date, id uint64) []byte { return summaryKey(d, id) }

// Encode is the codec's encode.
func Encode(v any) ([]byte, error) { return encode(v) }

// Empty removes every interview, summary, draft and review, leaving an
// empty journal, so a fuzz target can reuse one store.
func (s *Store) Empty() error {
	return s.rawUpdate(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketInterviews, bucketSummaries, bucketDrafts, bucketReviews, bucketFollowUps} {
			if tx.Bucket(name) == nil {
				continue
			}
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		return createBuckets(tx)
	})
}

// FollowUpEntry is the key and value an interview has in the follow-up
// index; a nil key when it has none.
func FollowUpEntry(iv *journal.Interview) (key, value []byte, err error) { return followUpEntry(iv) }
