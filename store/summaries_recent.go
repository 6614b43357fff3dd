package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// RecentSummaries returns the summaries of the n latest interviews, newest
// first as Summaries orders them, and how many interviews the journal holds.
// It reads only those n from the index, so the home screen opens as fast on
// a journal of years as on a new one.
func (s *Store) RecentSummaries(n int) ([]journal.Summary, int, error) {
	var out []journal.Summary
	var total int
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSummaries)
		total = interviewCount(tx)
		out = make([]journal.Summary, 0, max(0, min(n, total)))
		cd := codecOf(tx)
		c := b.Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			out = append(out, journal.Summary{})
			name := func() string { return fmt.Sprintf("The summary of interview %d", btoi(k)) }
			if err := readSummary(tx, cd, k, v, &out[len(out)-1], name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}
