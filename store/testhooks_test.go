package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// This file lets the external tests plant damage that the store's own
// methods never write.

// PutRaw writes value under key in the named bucket past every check of
// what it says, with the checksum the codec ends it with (when the journal
// and the value carry one): content that is wrong, not bytes that rotted.
func (s *Store) PutRaw(bucket string, key, value []byte) error {
	return s.rawUpdate(func(tx *bolt.Tx) error {
		name := []byte(bucket)
		if carriesChecksum(name, key) {
			value = codecOf(tx).seal(name, key, append([]byte(nil), value...))
		}
		if err := keepCountOf(tx, name, key, 1); err != nil {
			return err
		}
		return tx.Bucket(name).Put(key, value)
	})
}

// keepCountOf keeps the journal's count of interviews as the store's own
// writes would when a raw write adds (delta 1) or removes (-1) the
// interview at key, so that a test's planted damage is the only damage.
func keepCountOf(tx *bolt.Tx, bucket, key []byte, delta int) error {
	if !bytes.Equal(bucket, bucketInterviews) || (tx.Bucket(bucket).Get(key) != nil) == (delta > 0) {
		return nil
	}
	return addToInterviewCount(tx, delta)
}

// PutBytes writes value under key in the named bucket exactly as it is,
// past the codec: bytes changed on disk.
func (s *Store) PutBytes(bucket string, key, value []byte) error {
	return s.rawUpdate(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put(key, value) })
}

// GetBytes returns the bytes stored under key in the named bucket, or nil.
func (s *Store) GetBytes(bucket string, key []byte) ([]byte, error) {
	var out []byte
	err := s.withDB(func(db *bolt.DB) error {
		return db.View(func(tx *bolt.Tx) error {
			out = bytes.Clone(tx.Bucket([]byte(bucket)).Get(key))
			return nil
		})
	})
	return out, err
}

// DeleteRaw removes key from the named bucket.
func (s *Store) DeleteRaw(bucket string, key []byte) error {
	return s.rawUpdate(func(tx *bolt.Tx) error {
		if err := keepCountOf(tx, []byte(bucket), key, -1); err != nil {
			return err
		}
		return tx.Bucket([]byte(bucket)).Delete(key)
	})
}

// SetNoSync skips the sync of each commit, for fuzzing speed.
func (s *Store) SetNoSync(on bool) { s.noSync = on }

// rawUpdate runs fn in a write transaction with no check of the schema.
func (s *Store) rawUpdate(fn func(tx *bolt.Tx) error) error {
	return s.withDB(func(db *bolt.DB) error { return db.Update(fn) })
}

// SetSequence sets the counter of the named bucket, as damage or an older
// debrief could have left it.
func (s *Store) SetSequence(bucket string, n uint64) error {
	return s.rawUpdate(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).SetSequence(n) })
}

// MaxID is the highest ID a record can have.
const MaxID = maxID

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
		for _, name := range [][]byte{bucketInterviews, bucketSummaries, bucketDrafts, bucketReviews, bucketFollowUps, bucketCards, bucketCardsDue, bucketStories, bucketAnalysis, bucketAnalysisResults} {
			if tx.Bucket(name) == nil {
				continue
			}
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		if err := createBuckets(tx); err != nil {
			return err
		}
		return keepInterviewCount(tx)
	})
}

// FollowUpEntry is the key and value an interview has in the follow-up
// index, the value without its checksum; a nil key when it has none.
func FollowUpEntry(iv *journal.Interview) (key, value []byte, err error) {
	return followUpEntry(codec{}, iv)
}
