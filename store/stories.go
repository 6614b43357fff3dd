package store

import (
	"fmt"

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
func (s *Store) SaveStory(st *journal.Story) error {
	return restoreOnError(st, func() error {
		return s.update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists(bucketStories)
			if err != nil {
				return err
			}
			now := s.Now()
			if st.ID == 0 {
				if st.ID, err = nextID(b, "story"); err != nil {
					return err
				}
				st.CreatedAt = now
			} else if b.Get(itob(st.ID)) == nil {
				return ErrNotFound
			}
			st.UpdatedAt = now
			return putStory(tx, st)
		})
	})
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
	var old journal.Story
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketStories)
		if b == nil || b.Get(itob(id)) == nil {
			return ErrNotFound
		}
		if err := codecOf(tx).decode(bucketStories, itob(id), b.Get(itob(id)), &old, fmt.Sprintf("Story %d", id)); err != nil {
			return err
		}
		return b.Delete(itob(id))
	})
	if err != nil {
		return nil, err
	}
	return &old, nil
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
