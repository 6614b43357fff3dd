package store

import (
	bolt "go.etcd.io/bbolt"
)

// addChecksums moves a journal from version 2 to 3: it ends the value of
// every record with its checksum (see codec_checksum.go). It copies the
// bytes as they are, without reading them: a record that was already
// damaged stays as damaged, and is still reported by check, instead of
// stopping the upgrade and with it every use of the journal.
func addChecksums(tx *bolt.Tx) error {
	sealed := codec{checksums: true}
	// The follow-up index under an earlier name is still read as records
	// (see carriesChecksum) until its first use replaces it.
	for _, name := range append([][]byte{bucketInterviews, bucketSummaries, bucketDrafts, bucketReviews, bucketFollowUps}, retiredFollowUpBuckets...) {
		b := tx.Bucket(name)
		if b == nil {
			continue // the follow-up index is built on first use
		}
		var todo []rewrite
		// Collect first: bbolt does not allow writing while iterating.
		err := b.ForEach(func(k, v []byte) error {
			if v == nil || !carriesChecksum(name, k) {
				return nil // a nested bucket, or a value that is not a record
			}
			value := append(make([]byte, 0, len(v)+checksumLen), v...)
			todo = append(todo, rewrite{key: append([]byte(nil), k...), value: sealed.seal(name, k, value)})
			return nil
		})
		if err != nil {
			return err
		}
		// Every value grows by the same few bytes, in key order.
		if err := putRewrites(b, todo); err != nil {
			return err
		}
	}
	return nil
}
