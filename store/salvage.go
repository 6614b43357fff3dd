package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// EachInterviewSkipping calls fn with every interview that still reads, in
// ID order, as EachInterview does, but calls skipped instead of stopping
// when one cannot be read: with its ID and the error, whose code is ECorrupt
// (its bytes are damaged) or ENewer (a newer debrief wrote it). An error
// from fn, or any other error, stops it and is returned. It is how an
// export rescues what a damaged journal still holds.
func (s *Store) EachInterviewSkipping(fn func(*journal.Interview) error, skipped func(id uint64, err error)) error {
	return eachSkipping(s, bucketInterviews, "Interview", fn, skipped)
}

// EachReviewSkipping is EachInterviewSkipping for weekly reviews.
func (s *Store) EachReviewSkipping(fn func(*journal.Review) error, skipped func(id uint64, err error)) error {
	return eachSkipping(s, bucketReviews, "Review", fn, skipped)
}

// eachSkipping decodes every record of bucket into a fresh T and passes it
// to fn, or passes the ID and the error to skipped when the record is
// unreadable. what names a record in messages ("Interview 12"). A journal
// without the bucket (one older than the story bank) has no record.
func eachSkipping[T any](s *Store, bucket []byte, what string, fn func(*T) error, skipped func(id uint64, err error)) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		cd := codecOf(tx)
		return b.ForEach(func(k, v []byte) error {
			id := btoi(k)
			if v == nil {
				skipped(id, corruptf(nil, "%s %d is damaged (a section is stored where the record belongs)", what, id))
				return nil
			}
			var rec T
			err := cd.decode(bucket, k, v, &rec, fmt.Sprintf("%s %d", what, id))
			switch journal.ErrorCode(err) {
			case "":
				return fn(&rec)
			case journal.ECorrupt, journal.ENewer:
				skipped(id, err)
				return nil
			}
			return err
		})
	})
}

// EachCardSkipping is EachInterviewSkipping for practice cards; skipped
// gets the ID of the interview of a card that does not read. A journal
// that never had cards gives the cards its interviews would make, as Cards
// does.
func (s *Store) EachCardSkipping(fn func(*journal.Card) error, skipped func(id uint64, err error)) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCards)
		if b == nil {
			cards, err := cardsFromInterviews(tx)
			for i := 0; err == nil && i < len(cards); i++ {
				err = fn(&cards[i])
			}
			return err
		}
		cd := codecOf(tx)
		return b.ForEach(func(k, v []byte) error {
			c, err := decodeCard(cd, k, v)
			switch {
			case err == nil:
				return fn(c)
			case len(k) >= 8 && (journal.ErrorCode(err) == journal.ECorrupt || journal.ErrorCode(err) == journal.ENewer):
				skipped(btoi(k[:8]), err)
				return nil
			}
			return err
		})
	})
}

// EachStorySkipping is EachInterviewSkipping for the story bank.
func (s *Store) EachStorySkipping(fn func(*journal.Story) error, skipped func(id uint64, err error)) error {
	return eachSkipping(s, bucketStories, "Story", fn, skipped)
}
