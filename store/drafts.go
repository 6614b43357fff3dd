package store

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// SaveDraft writes a draft, giving it an ID when it has none, and stamps
// UpdatedAt. It returns once the draft is on disk.
func (s *Store) SaveDraft(d *journal.Draft) error {
	return restoreOnError(d, func() error {
		return s.update(func(tx *bolt.Tx) error { return s.putDraft(tx, d) })
	})
}

// Drafts returns every unfinished draft, most recently touched first.
func (s *Store) Drafts() ([]journal.Draft, error) {
	var out []journal.Draft
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
			var d journal.Draft
			if err := decode(v, &d, fmt.Sprintf("Draft %d", btoi(k))); err != nil {
				return err
			}
			out = append(out, d)
			return nil
		})
	})
	slices.SortStableFunc(out, func(a, b journal.Draft) int { return b.UpdatedAt.Compare(a.UpdatedAt) })
	return out, err
}

// Draft returns the draft with the given ID, or ErrNotFound.
func (s *Store) Draft(id uint64) (*journal.Draft, error) {
	var d journal.Draft
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDrafts).Get(itob(id))
		if v == nil {
			return ErrNotFound
		}
		return decode(v, &d, fmt.Sprintf("Draft %d", id))
	})
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// DeleteDraft removes a draft; removing one that does not exist is not an error.
func (s *Store) DeleteDraft(id uint64) error {
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDrafts).Delete(itob(id)) })
}

// FinishDraft saves the interview of a finished reflection (creating it, or
// updating it when it has an ID) and deletes the draft, in one transaction:
// either both happen or neither does.
func (s *Store) FinishDraft(draftID uint64, iv *journal.Interview) error {
	return restoreOnError(iv, func() error { return s.finishDraft(draftID, iv) })
}

func (s *Store) finishDraft(draftID uint64, iv *journal.Interview) error {
	return s.update(func(tx *bolt.Tx) error {
		var err error
		if iv.ID == 0 {
			err = s.createInterview(tx, iv)
		} else {
			err = s.updateInterview(tx, iv)
		}
		if err != nil {
			return err
		}
		if draftID == 0 {
			return nil
		}
		return tx.Bucket(bucketDrafts).Delete(itob(draftID))
	})
}

func (s *Store) putDraft(tx *bolt.Tx, d *journal.Draft) error {
	b := tx.Bucket(bucketDrafts)
	if d.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		d.ID = id
	}
	d.UpdatedAt = s.Now()
	data, err := encode(d)
	if err != nil {
		return err
	}
	return b.Put(itob(d.ID), data)
}
