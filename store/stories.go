package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// bucketStories holds the story bank: id -> story. It is made with the
// first story; a journal without it has none.
var bucketStories = []byte("stories")

// Stories returns every story, in the order they were made.
func (s *Store) Stories() ([]journal.Story, error) {
	var out []journal.Story
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketStories)
		if b == nil {
			return nil
		}
		cd := codecOf(tx)
		return b.ForEach(func(k, v []byte) error {
			var st journal.Story
			if err := cd.decode(bucketStories, k, v, &st, fmt.Sprintf("Story %d", btoi(k))); err != nil {
				return err
			}
			out = append(out, st)
			return nil
		})
	})
	return out, err
}

// SaveStory validates a story and saves it: a new one, with the next ID
// and its times set, when it has no ID, and otherwise over the stored
// story of its ID, which must exist.
//
// A story saved over must carry the UpdatedAt of the stored one: a story
// read before another debrief saved it is refused with
// journal.ErrStoryChanged rather than written over that change (read it
// again and merge, see journal.MergeStory). A new story started from a
// left-out one is refused with journal.ErrStoryStarted when the bank
// holds one started from it already. Every curveball card it names that
// the stored story did not must exist (ENotFound otherwise). Its themes
// and cards are each kept once. Nothing is changed when it is refused.
func (s *Store) SaveStory(st *journal.Story) error {
	if len(st.Cards) > 0 {
		// The cards are made the first time they are needed.
		if err := s.ensureCards(); err != nil {
			return err
		}
	}
	return restoreOnError(st, func() error {
		return s.update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists(bucketStories)
			if err != nil {
				return err
			}
			st.Themes, st.Cards = journal.UniqueThemes(st.Themes), uniqueCards(st.Cards)
			now := s.Now()
			var stored *journal.Story
			if st.ID == 0 {
				if err := checkNotStarted(tx, st); err != nil {
					return err
				}
				if st.ID, err = nextID(b, "story"); err != nil {
					return err
				}
				st.CreatedAt = now
			} else {
				if stored, err = getStory(tx, st.ID); err != nil {
					return err
				}
				if !st.UpdatedAt.Equal(stored.UpdatedAt) {
					return journal.ErrStoryChanged
				}
				// Each save moves the time on, so that it tells versions
				// apart even on a clock that has not moved.
				if !now.After(stored.UpdatedAt) {
					now = stored.UpdatedAt.Add(time.Nanosecond)
				}
			}
			if err := checkCardsExist(tx, st, stored); err != nil {
				return err
			}
			st.UpdatedAt = now
			return putStory(tx, st)
		})
	})
}

// Story returns the story of an ID as stored now, or ErrNotFound.
func (s *Store) Story(id uint64) (journal.Story, error) {
	var st *journal.Story
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		st, err = getStory(tx, id)
		return err
	})
	if err != nil {
		return journal.Story{}, err
	}
	return *st, nil
}

// getStory reads the story of an ID, or ErrNotFound.
func getStory(tx *bolt.Tx, id uint64) (*journal.Story, error) {
	b := tx.Bucket(bucketStories)
	if b == nil || b.Get(itob(id)) == nil {
		return nil, ErrNotFound
	}
	var st journal.Story
	if err := codecOf(tx).decode(bucketStories, itob(id), b.Get(itob(id)), &st, fmt.Sprintf("Story %d", id)); err != nil {
		return nil, err
	}
	return &st, nil
}

// putStory validates and writes a story under its ID.
func putStory(tx *bolt.Tx, st *journal.Story) error {
	if err := validID(st.ID, fmt.Sprintf("Story %d", st.ID)); err != nil {
		return err
	}
	if err := st.Validate(); err != nil {
		return err
	}
	key := itob(st.ID)
	data, err := codecOf(tx).encode(bucketStories, key, st)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketStories).Put(key, data)
}

// DeleteStory removes a story and returns it, so that it can be put back.
func (s *Store) DeleteStory(id uint64) (*journal.Story, error) {
	var old *journal.Story
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if old, err = getStory(tx, id); err != nil {
			return err
		}
		return tx.Bucket(bucketStories).Delete(itob(id))
	})
	if err != nil {
		return nil, err
	}
	return old, nil
}

// EachStory calls fn with every story in ID order, as an export lists
// them.
func (s *Store) EachStory(fn func(*journal.Story) error) error {
	stories, err := s.Stories()
	if err != nil {
		return err
	}
	for i := range stories {
		if err := fn(&stories[i]); err != nil {
			return err
		}
	}
	return nil
}
