package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// CardDueCounts returns how many cards not set aside are due on each day,
// the days CardDueDays lists counted instead of listed, from the index
// alone: the prompt's status needs no more, and making a day for each of
// a hundred thousand cards took longer than all the rest of it. Each day
// of the index is read once, however many cards it holds.
func (s *Store) CardDueCounts() (map[journal.Date]int, error) {
	if err := s.ensureCards(); err != nil {
		return nil, err
	}
	out := map[journal.Date]int{}
	err := s.view(func(tx *bolt.Tx) error {
		due := tx.Bucket(bucketCardsDue)
		if due == nil {
			all, err := cardsFromInterviews(tx)
			for _, c := range all {
				out[c.Due]++
			}
			return err
		}
		// The keys begin with their day, so each day's cards come in a
		// run: the day is made, and counted, once a run.
		var prefix []byte
		run := 0
		count := func() error {
			if run == 0 {
				return nil
			}
			d, err := dayOfDueKey(prefix)
			if err != nil {
				return err
			}
			out[d] += run
			return nil
		}
		c := due.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) < 8 {
				return corruptf(nil, "The index of practice cards holds a key that is not a day")
			}
			if !bytes.Equal(k[:8], prefix) {
				if err := count(); err != nil {
					return err
				}
				prefix, run = bytes.Clone(k[:8]), 0
			}
			run++
		}
		return count()
	})
	return out, err
}

// dayOfDueKey reads the day a key of the index of due cards begins with
// (YYYYMMDD), which must be at least 8 bytes long.
func dayOfDueKey(k []byte) (journal.Date, error) {
	d, err := journal.ParseDate(fmt.Sprintf("%s-%s-%s", k[:4], k[4:6], k[6:8]))
	if err != nil {
		return journal.Date{}, corruptf(err, "The index of practice cards holds a key that is not a day")
	}
	return d, nil
}
