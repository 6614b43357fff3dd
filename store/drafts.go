package store

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// SaveDraft writes a draft, giving it an ID when it has none, and stamps
// UpdatedAt. It returns once the draft is on disk. It is refused (ELocked)
// while another debrief has the draft open in its guided flow; the guided
// flow itself saves with KeepDraft. The hold stays as stored when it is
// this debrief's, and goes otherwise: d.Holder is not read.
func (s *Store) SaveDraft(d *journal.Draft) error {
	return restoreOnError(d, func() error {
		return s.update(func(tx *bolt.Tx) error {
			stored, err := s.refuseHeld(tx, d.ID)
			if err != nil {
				return err
			}
			d.Holder = nil
			if stored != nil && s.mine(stored.Holder) {
				d.Holder = stored.Holder
			}
			return s.putDraft(tx, d)
		})
	})
}

// Drafts returns every unfinished draft, most recently touched first.
func (s *Store) Drafts() ([]journal.Draft, error) {
	var out []journal.Draft
	err := s.view(func(tx *bolt.Tx) error {
		cd := codecOf(tx)
		return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
			var d journal.Draft
			if err := cd.decode(bucketDrafts, k, v, &d, fmt.Sprintf("Draft %d", btoi(k))); err != nil {
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
		key := itob(id)
		v := tx.Bucket(bucketDrafts).Get(key)
		if v == nil {
			return ErrNotFound
		}
		return codecOf(tx).decode(bucketDrafts, key, v, &d, fmt.Sprintf("Draft %d", id))
	})
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// DeleteDraft removes a draft; removing one that does not exist is not an
// error. It is refused (ELocked) while another debrief has the draft open.
func (s *Store) DeleteDraft(id uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		if _, err := s.refuseHeld(tx, id); err != nil {
			return err
		}
		return tx.Bucket(bucketDrafts).Delete(itob(id))
	})
}

// FinishDraft saves the interview of a finished reflection (creating it, or
// updating it when it has an ID) and deletes the draft, in one transaction:
// either both happen or neither does. A draft another debrief has open
// now is left to it.
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
		return s.dropFinishedDraft(tx, draftID)
	})
}

// putDraft writes a draft: a new one (no ID yet) under the next ID, which
// must be free, or one being written again over its earlier state.
func (s *Store) putDraft(tx *bolt.Tx, d *journal.Draft) error {
	b := tx.Bucket(bucketDrafts)
	fresh := d.ID == 0
	if fresh {
		id, err := nextID(b, "draft")
		if err != nil {
			return err
		}
		d.ID = id
	}
	what := fmt.Sprintf("Draft %d", d.ID)
	if err := validID(d.ID, what); err != nil {
		return err
	}
	if err := claimID(b, d.ID); err != nil {
		return err
	}
	d.UpdatedAt = s.Now()
	if fresh {
		data, err := codecOf(tx).encode(bucketDrafts, itob(d.ID), d)
		if err != nil {
			return err
		}
		return insert(b, itob(d.ID), data, what)
	}
	return s.writeDraft(tx, d)
}

// writeDraft writes d over the draft stored under its ID, as it is.
func (s *Store) writeDraft(tx *bolt.Tx, d *journal.Draft) error {
	key := itob(d.ID)
	data, err := codecOf(tx).encode(bucketDrafts, key, d)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketDrafts).Put(key, data)
}
