package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// compactSummaries moves a journal from version 1 to 2: it rewrites every
// summary from JSON into the compact form that opens faster.
func compactSummaries(tx *bolt.Tx) error {
	b := tx.Bucket(bucketSummaries)
	var todo []rewrite
	// Collect first: bbolt does not allow writing while iterating.
	err := b.ForEach(func(k, v []byte) error {
		if len(v) == 0 || v[0] != '{' {
			return nil
		}
		var sm journal.Summary
		if err := decodeJSON(v, &sm, fmt.Sprintf("The summary of interview %d", btoi(k))); err != nil {
			return err
		}
		todo = append(todo, rewrite{key: append([]byte(nil), k...), value: encodeSummary(sm)})
		return nil
	})
	if err != nil {
		return err
	}
	if err := putRewrites(b, todo); err != nil {
		return err
	}
	return nil
}
