package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// SaveReview validates a weekly review and saves it, giving it an ID and a
// CreatedAt when it has none.
func (s *Store) SaveReview(r *journal.Review) error {
	return restoreOnError(r, func() error {
		return s.update(func(tx *bolt.Tx) error { return s.putReview(tx, r) })
	})
}

// Reviews returns every weekly review, oldest first.
func (s *Store) Reviews() ([]*journal.Review, error) {
	var out []*journal.Review
	err := s.EachReview(func(r *journal.Review) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// EachReview calls fn with every weekly review in ID order.
func (s *Store) EachReview(fn func(*journal.Review) error) error {
	return s.view(func(tx *bolt.Tx) error {
		cd := codecOf(tx)
		return tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
			var r journal.Review
			if err := cd.decode(bucketReviews, k, v, &r, fmt.Sprintf("Review %d", btoi(k))); err != nil {
				return err
			}
			return fn(&r)
		})
	})
}

// Review returns the review with the given ID, or ErrNotFound.
func (s *Store) Review(id uint64) (*journal.Review, error) {
	var r journal.Review
	err := s.view(func(tx *bolt.Tx) error {
		key := itob(id)
		v := tx.Bucket(bucketReviews).Get(key)
		if v == nil {
			return ErrNotFound
		}
		return codecOf(tx).decode(bucketReviews, key, v, &r, fmt.Sprintf("Review %d", id))
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// putReview validates a review and writes it: a new one when it has no ID,
// which gets the next one, and otherwise over the stored review of its ID.
func (s *Store) putReview(tx *bolt.Tx, r *journal.Review) error {
	return s.writeReview(tx, r, r.ID == 0)
}

// writeReview validates a review and writes it. A new one (fresh) gets the
// next ID when it has none, and must find its ID free: it is refused with
// EConflict rather than written over another review. Otherwise it replaces
// the stored review of its ID.
func (s *Store) writeReview(tx *bolt.Tx, r *journal.Review, fresh bool) error {
	if err := r.Validate(); err != nil {
		return err
	}
	b := tx.Bucket(bucketReviews)
	if r.ID == 0 {
		id, err := nextID(b, "review")
		if err != nil {
			return err
		}
		r.ID = id
	}
	what := fmt.Sprintf("Review %d", r.ID)
	if err := validID(r.ID, what); err != nil {
		return err
	}
	if err := claimID(b, r.ID); err != nil {
		return err
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = s.Now()
	}
	key := itob(r.ID)
	data, err := codecOf(tx).encode(bucketReviews, key, r)
	if err != nil {
		return err
	}
	if fresh {
		return insert(b, key, data, what)
	}
	return b.Put(key, data)
}
