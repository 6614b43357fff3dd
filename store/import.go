package store

import (
	"errors"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// ImportReport says what an import did, or would do in a dry run.
type ImportReport struct {
	Added, Replaced, Skipped                      int
	ReviewsAdded, ReviewsReplaced, ReviewsSkipped int
}

// errDryRun rolls back a dry run's transaction after counting.
var errDryRun = errors.New("dry run")

// Import adds interviews and reviews read from an export, all in one
// transaction: either everything is written or nothing is. An interview is
// the same as a stored one when both have the same ID and creation time; the
// same ones are skipped, or replaced when replace is set. An interview whose
// ID is taken by a different one is added under a new ID. With dryRun
// nothing is written and the report says what would happen.
func (s *Store) Import(ivs []journal.Interview, reviews []journal.Review, replace, dryRun bool) (ImportReport, error) {
	var rep ImportReport
	err := s.update(func(tx *bolt.Tx) error {
		rep = ImportReport{}
		for i := range ivs {
			iv := ivs[i] // a copy: the caller's document is left as it was
			if err := s.importInterview(tx, &iv, replace, &rep); err != nil {
				return err
			}
		}
		for i := range reviews {
			r := reviews[i]
			if err := s.importReview(tx, &r, replace, &rep); err != nil {
				return err
			}
		}
		if dryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return rep, err
}

func (s *Store) importInterview(tx *bolt.Tx, iv *journal.Interview, replace bool, rep *ImportReport) error {
	if err := iv.Validate(); err != nil {
		return err
	}
	if iv.ID != 0 {
		old, err := getInterview(tx, iv.ID)
		switch {
		case err == nil && old.CreatedAt.Equal(iv.CreatedAt):
			if !replace {
				rep.Skipped++
				return nil
			}
			if err := tx.Bucket(bucketSummaries).Delete(summaryKey(old.Date, old.ID)); err != nil {
				return err
			}
			rep.Replaced++
			return putInterview(tx, iv)
		case err == nil:
			iv.ID = 0 // the ID belongs to another interview here
		case journal.ErrorCode(err) != journal.ENotFound:
			return err
		}
	}
	if iv.ID == 0 {
		id, err := tx.Bucket(bucketInterviews).NextSequence()
		if err != nil {
			return err
		}
		iv.ID = id
	}
	if iv.CreatedAt.IsZero() {
		iv.CreatedAt = s.Now()
	}
	if iv.UpdatedAt.IsZero() {
		iv.UpdatedAt = iv.CreatedAt
	}
	rep.Added++
	return putInterview(tx, iv)
}

func (s *Store) importReview(tx *bolt.Tx, r *journal.Review, replace bool, rep *ImportReport) error {
	if r.ID != 0 {
		if v := tx.Bucket(bucketReviews).Get(itob(r.ID)); v != nil {
			var old journal.Review
			if err := decode(v, &old, "A stored review"); err != nil {
				return err
			}
			switch {
			case old.CreatedAt.Equal(r.CreatedAt) && !replace:
				rep.ReviewsSkipped++
				return nil
			case old.CreatedAt.Equal(r.CreatedAt):
				rep.ReviewsReplaced++
				return s.putReview(tx, r)
			}
			r.ID = 0
		}
	}
	rep.ReviewsAdded++
	return s.putReview(tx, r)
}
