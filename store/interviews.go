package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// ErrNotFound is returned when an interview, draft or review does not exist.
var ErrNotFound = &journal.Error{Code: journal.ENotFound, Message: "No such entry in the journal."}

// CreateInterview validates iv, gives it the next ID, stamps CreatedAt and
// UpdatedAt, and saves it with its summary.
func (s *Store) CreateInterview(iv *journal.Interview) error {
	return restoreOnError(iv, func() error {
		return s.update(func(tx *bolt.Tx) error { return s.createInterview(tx, iv) })
	})
}

// UpdateInterview validates iv, moves its UpdatedAt, and replaces the stored
// interview of the same ID and its summary in one transaction.
func (s *Store) UpdateInterview(iv *journal.Interview) error {
	return restoreOnError(iv, func() error {
		return s.update(func(tx *bolt.Tx) error { return s.updateInterview(tx, iv) })
	})
}

// ChangeInterview reads the interview with the given ID, lets change modify
// it, and saves it, all in one transaction: the change applies to the
// interview as stored at that moment, so nothing another debrief saved
// since this one last read it is written over. It returns the interview as
// read and changed, also when change or saving fails.
func (s *Store) ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	var iv *journal.Interview
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		iv, err = s.changeInterview(tx, id, change)
		return err
	})
	return iv, err
}

// changeInterview reads, changes and saves an interview in tx, returning
// it as read and changed, also when change or saving fails (nil when it
// could not be read).
func (s *Store) changeInterview(tx *bolt.Tx, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := getInterview(tx, id)
	if err != nil {
		return nil, err
	}
	if err := change(iv); err != nil {
		return iv, err
	}
	iv.ID = id
	saved := *iv
	if err := s.updateInterview(tx, &saved); err != nil {
		return iv, err
	}
	*iv = saved
	return iv, nil
}

// FinishDraftInto applies change to the interview with the given ID as
// stored, saves it and deletes the draft, all in one transaction: the way
// to finish an edit of a saved interview, since what another debrief (or
// another screen) saved meanwhile, outside what the edit changes, is kept.
func (s *Store) FinishDraftInto(draftID, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	var iv *journal.Interview
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if iv, err = s.changeInterview(tx, id, change); err != nil {
			return err
		}
		return s.dropFinishedDraft(tx, draftID)
	})
	return iv, err
}

// Interview returns the interview with the given ID, or ErrNotFound.
func (s *Store) Interview(id uint64) (*journal.Interview, error) {
	var iv *journal.Interview
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		iv, err = getInterview(tx, id)
		return err
	})
	return iv, err
}

// DeleteInterview removes an interview and its summary and returns what was
// removed, so the deletion can be undone with RestoreInterview.
func (s *Store) DeleteInterview(id uint64) (*journal.Interview, error) {
	var old *journal.Interview
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if old, err = getInterview(tx, id); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSummaries).Delete(summaryKey(old.Date, id)); err != nil {
			return err
		}
		if err := unindexFollowUps(tx, id); err != nil {
			return err
		}
		if err := unindexAnalysis(tx, id); err != nil {
			return err
		}
		// Carried with what was removed, for RestoreInterview.
		if old.Cards, err = cardsOf(tx, id); err != nil {
			return err
		}
		if err := deleteCards(tx, id); err != nil {
			return err
		}
		if err := addToInterviewCount(tx, -1); err != nil {
			return err
		}
		return tx.Bucket(bucketInterviews).Delete(itob(id))
	})
	return old, err
}

// RestoreInterview puts back an interview exactly as it was, under its own
// ID (undoing a deletion), with the practice cards DeleteInterview carried
// out with it. It fails with EConflict if the ID is taken.
func (s *Store) RestoreInterview(iv *journal.Interview) error {
	return s.update(func(tx *bolt.Tx) error {
		if err := putInterview(tx, iv, true); err != nil {
			return err
		}
		return restoreCards(tx, iv.ID, iv.Cards)
	})
}

// restoreCards writes back the cards of interview id as they were before
// it was deleted, over those made afresh for it.
func restoreCards(tx *bolt.Tx, id uint64, cards []journal.Card) error {
	if len(cards) == 0 {
		return nil
	}
	fresh, err := cardsOf(tx, id)
	if err != nil {
		return err
	}
	for i := range cards {
		c := cards[i]
		if c.InterviewID != id {
			continue
		}
		var old *journal.Card
		for j := range fresh {
			if fresh[j].Number == c.Number {
				old = &fresh[j]
			}
		}
		if err := putCard(tx, old, &c); err != nil {
			return err
		}
	}
	return nil
}

// Summaries returns the summary of every interview, newest first.
func (s *Store) Summaries() ([]journal.Summary, error) {
	var out []journal.Summary
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSummaries)
		out = make([]journal.Summary, 0, interviewCount(tx))
		cd := codecOf(tx)
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			out = append(out, journal.Summary{})
			// Decoded in place and named only on failure: this loop is most
			// of the time it takes to open a large journal.
			name := func() string { return fmt.Sprintf("The summary of interview %d", btoi(k)) }
			if err := readSummary(tx, cd, k, v, &out[len(out)-1], name); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// EachInterview calls fn with every interview in ID order. The interview
// passed to fn is its own copy.
func (s *Store) EachInterview(fn func(*journal.Interview) error) error {
	return s.view(func(tx *bolt.Tx) error {
		cd := codecOf(tx)
		return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
			var iv journal.Interview
			if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
				return err
			}
			return fn(&iv)
		})
	})
}

// Interviews returns every interview in ID order.
func (s *Store) Interviews() ([]*journal.Interview, error) {
	var out []*journal.Interview
	err := s.EachInterview(func(iv *journal.Interview) error {
		out = append(out, iv)
		return nil
	})
	return out, err
}

// CountInterviews returns how many interviews the journal holds.
func (s *Store) CountInterviews() (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketInterviews).Stats().KeyN
		return nil
	})
	return n, err
}

// HasInterviews reports whether the journal holds any interview, without
// counting them.
func (s *Store) HasInterviews() (bool, error) {
	var has bool
	err := s.view(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketInterviews).Cursor().First()
		has = k != nil
		return nil
	})
	return has, err
}

func (s *Store) createInterview(tx *bolt.Tx, iv *journal.Interview) error {
	if err := iv.Validate(); err != nil {
		return err
	}
	id, err := nextID(tx.Bucket(bucketInterviews), "interview")
	if err != nil {
		return err
	}
	now := s.Now()
	iv.ID, iv.CreatedAt, iv.UpdatedAt = id, now, now
	return putInterview(tx, iv, true)
}

func (s *Store) updateInterview(tx *bolt.Tx, iv *journal.Interview) error {
	if err := iv.Validate(); err != nil {
		return err
	}
	old, err := getInterview(tx, iv.ID)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucketSummaries).Delete(summaryKey(old.Date, old.ID)); err != nil {
		return err
	}
	iv.CreatedAt = old.CreatedAt
	iv.UpdatedAt = s.Now()
	return putInterview(tx, iv, false)
}

// putInterview writes an interview and its summary as they are. A new
// interview (fresh) must find its ID and its summary's key free: it is
// refused with EConflict rather than written over another. Otherwise it
// replaces the stored interview of its ID, whose summary the caller has
// removed.
func putInterview(tx *bolt.Tx, iv *journal.Interview, fresh bool) error {
	what := fmt.Sprintf("Interview %d", iv.ID)
	if err := validID(iv.ID, what); err != nil {
		return err
	}
	key, sumKey := itob(iv.ID), summaryKey(iv.Date, iv.ID)
	cd := codecOf(tx)
	data, err := cd.encode(bucketInterviews, key, iv)
	if err != nil {
		return err
	}
	sum, err := cd.encode(bucketSummaries, sumKey, iv.Summarize())
	if err != nil {
		return err
	}
	b := tx.Bucket(bucketInterviews)
	b.FillPercent = appendFill
	// Keep the sequence ahead of restored or imported IDs.
	if err := claimID(b, iv.ID); err != nil {
		return err
	}
	sums := tx.Bucket(bucketSummaries)
	sums.FillPercent = appendFill
	put := func(b *bolt.Bucket, key, value []byte, what string) error { return b.Put(key, value) }
	if fresh {
		put = insert
	}
	if err := put(b, key, data, what); err != nil {
		return err
	}
	if err := put(sums, sumKey, sum, fmt.Sprintf("The summary of interview %d", iv.ID)); err != nil {
		return err
	}
	if fresh {
		if err := addToInterviewCount(tx, 1); err != nil {
			return err
		}
	}
	if err := indexFollowUps(tx, iv); err != nil {
		return err
	}
	if err := syncCards(tx, iv, cardTime(iv)); err != nil {
		return err
	}
	return indexAnalysis(tx, iv)
}

func getInterview(tx *bolt.Tx, id uint64) (*journal.Interview, error) {
	v := tx.Bucket(bucketInterviews).Get(itob(id))
	if v == nil {
		return nil, ErrNotFound
	}
	var iv journal.Interview
	if err := codecOf(tx).decode(bucketInterviews, itob(id), v, &iv, fmt.Sprintf("Interview %d", id)); err != nil {
		return nil, err
	}
	return &iv, nil
}

// restoreOnError runs fn and, when it fails, puts *v back as it was: an ID or
// a timestamp given inside a transaction that rolled back must not stick.
func restoreOnError[T any](v *T, fn func() error) error {
	orig := *v
	err := fn()
	if err != nil {
		*v = orig
	}
	return err
}
