package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// FinishReview saves the review of a finished weekly review session (giving
// it an ID and a CreatedAt when it has none) and deletes its draft, in one
// transaction: either both happen or neither does. A draftID of 0 saves the
// review alone.
func (s *Store) FinishReview(draftID uint64, r *journal.Review) error {
	return restoreOnError(r, func() error {
		return s.update(func(tx *bolt.Tx) error {
			if err := s.putReview(tx, r); err != nil {
				return err
			}
			return s.dropFinishedDraft(tx, draftID)
		})
	})
}
