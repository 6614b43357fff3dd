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
		return tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
			var r journal.Review
			if err := decode(v, &r, fmt.Sprintf("Review %d", btoi(k))); err != nil {
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
		v := tx.Bucket(bucketReviews).Get(itob(id))
		if v == nil {
			return ErrNotFound
		}
		return decode(v, &r, fmt.Sprintf("Review %d", id))
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

func (s *Store) putReview(tx *bolt.Tx, r *journal.Review) error {
	if err := r.Validate(); err != nil {
		return err
	}
	b := tx.Bucket(bucketReviews)
	if r.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		r.ID = id
	} else if r.ID > b.Sequence() {
		if err := b.SetSequence(r.ID); err != nil {
			return err
		}
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = s.Now()
	}
	data, err := encode(r)
	if err != nil {
		return err
	}
	return b.Put(itob(r.ID), data)
}
