package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// Practice cards (see journal.Card) live in two buckets:
//
//	cards:     interview id + card number (2 bytes) -> the card
//	cards_due: YYYYMMDD due day + the card's key   -> the card's key
//
// The second orders the cards by due day, so that what is due today is a
// short walk rather than a decoding of every card. A suspended card has no
// entry there. Both are made the first time cards are needed, from every
// interview (see ensureCards), and every write of an interview then makes
// the cards of its new curveballs in the same transaction (syncCards).
var (
	bucketCards    = []byte("cards")
	bucketCardsDue = []byte("cards_due")
)

// cardKey is the key of card number n of interview id.
func cardKey(id uint64, n int) []byte {
	return binary.BigEndian.AppendUint16(itob(id), uint16(n))
}

// cardDueKey is a card's key in cards_due.
func cardDueKey(c *journal.Card) []byte {
	return append(dayKey(c.Due), cardKey(c.InterviewID, c.Number)...)
}

// dayKey is a day as the due index orders it, YYYYMMDD.
func dayKey(d journal.Date) []byte {
	return fmt.Appendf(make([]byte, 0, 18), "%04d%02d%02d", d.Year(), int(d.Month()), d.Day())
}

// Cards returns every card of the journal, in no particular order.
func (s *Store) Cards() ([]journal.Card, error) {
	if err := s.ensureCards(); err != nil {
		return nil, err
	}
	var out []journal.Card
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCards)
		if b == nil {
			// A journal opened read-only that has never had cards: what
			// they would be, made now.
			var err error
			out, err = cardsFromInterviews(tx)
			return err
		}
		cd := codecOf(tx)
		return b.ForEach(func(k, v []byte) error {
			c, err := decodeCard(cd, k, v)
			if err == nil {
				out = append(out, *c)
			}
			return err
		})
	})
	return out, err
}

// DueCards returns the cards due on or before today that are not
// suspended, those due longest ago first.
func (s *Store) DueCards(today journal.Date) ([]journal.Card, error) {
	if err := s.ensureCards(); err != nil {
		return nil, err
	}
	var out []journal.Card
	err := s.view(func(tx *bolt.Tx) error {
		due, cards := tx.Bucket(bucketCardsDue), tx.Bucket(bucketCards)
		if due == nil || cards == nil {
			all, err := cardsFromInterviews(tx)
			for _, c := range all {
				if c.DueOn(today) {
					out = append(out, c)
				}
			}
			return err
		}
		cd, end := codecOf(tx), dayKey(today.AddDays(1))
		c := due.Cursor()
		for k, key := c.First(); k != nil && bytes.Compare(k, end) < 0; k, key = c.Next() {
			v := cards.Get(key)
			if v == nil {
				return corruptf(nil, "The index of practice cards names card %s, which is not there", refOfKey(key))
			}
			card, err := decodeCard(cd, key, v)
			if err != nil {
				return err
			}
			out = append(out, *card)
		}
		return nil
	})
	return out, err
}

// CardDueDays returns the day each card not set aside is due, from the
// index alone.
func (s *Store) CardDueDays() ([]journal.Date, error) {
	if err := s.ensureCards(); err != nil {
		return nil, err
	}
	var out []journal.Date
	err := s.view(func(tx *bolt.Tx) error {
		due := tx.Bucket(bucketCardsDue)
		if due == nil {
			all, err := cardsFromInterviews(tx)
			for _, c := range all {
				out = append(out, c.Due)
			}
			return err
		}
		return due.ForEach(func(k, _ []byte) error {
			if len(k) < 8 {
				return corruptf(nil, "The index of practice cards holds a key that is not a day")
			}
			d, err := dayOfDueKey(k)
			if err != nil {
				return err
			}
			out = append(out, d)
			return nil
		})
	})
	return out, err
}

// CountDueCards returns how many cards are due on or before today,
// without reading them.
func (s *Store) CountDueCards(today journal.Date) (int, error) {
	if err := s.ensureCards(); err != nil {
		return 0, err
	}
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		due := tx.Bucket(bucketCardsDue)
		if due == nil {
			all, err := cardsFromInterviews(tx)
			for _, c := range all {
				if c.DueOn(today) {
					n++
				}
			}
			return err
		}
		end := dayKey(today.AddDays(1))
		c := due.Cursor()
		for k, _ := c.First(); k != nil && bytes.Compare(k, end) < 0; k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, err
}

// ChangeCard reads the card numbered n of interview id, applies change
// and saves it, in one transaction: a card graded or edited elsewhere
// meanwhile is not written over. ErrNotFound when there is no such card.
func (s *Store) ChangeCard(id uint64, n int, change func(*journal.Card) error) (*journal.Card, error) {
	if err := s.ensureCards(); err != nil {
		return nil, err
	}
	var out *journal.Card
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCards)
		if b == nil {
			return ErrNotFound
		}
		key := cardKey(id, n)
		v := b.Get(key)
		if v == nil {
			return ErrNotFound
		}
		old, err := decodeCard(codecOf(tx), key, v)
		if err != nil {
			return err
		}
		c := *old
		c.Reviews = append([]journal.CardReview(nil), old.Reviews...)
		c.Tags = append([]string(nil), old.Tags...)
		if err := change(&c); err != nil {
			return err
		}
		c.InterviewID, c.Number = id, n
		if err := putCard(tx, old, &c); err != nil {
			return err
		}
		out = &c
		return nil
	})
	return out, err
}

// decodeCard reads the card stored under key.
func decodeCard(cd codec, key, v []byte) (*journal.Card, error) {
	var c journal.Card
	if err := cd.decode(bucketCards, key, v, &c, "Practice card "+refOfKey(key)); err != nil {
		return nil, err
	}
	return &c, nil
}

// refOfKey names a card by its key, as the user knows it ("12/2").
func refOfKey(key []byte) string {
	if len(key) < 10 {
		return fmt.Sprintf("%x", key)
	}
	return fmt.Sprintf("%d/%d", btoi(key[:8]), binary.BigEndian.Uint16(key[8:10]))
}

// putCard writes c, which replaces old (nil for a new card), and keeps
// its entry in the due index.
func putCard(tx *bolt.Tx, old, c *journal.Card) error {
	if err := c.Validate(); err != nil {
		return err
	}
	key := cardKey(c.InterviewID, c.Number)
	data, err := codecOf(tx).encode(bucketCards, key, c)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucketCards).Put(key, data); err != nil {
		return err
	}
	due := tx.Bucket(bucketCardsDue)
	if old != nil && !old.Suspended {
		if err := due.Delete(cardDueKey(old)); err != nil {
			return err
		}
	}
	if c.Suspended {
		return nil
	}
	return due.Put(cardDueKey(c), key)
}

// syncCards makes the cards of iv's curveballs that have a better answer
// and no card yet. It does nothing until the journal has cards.
func syncCards(tx *bolt.Tx, iv *journal.Interview, now time.Time) error {
	b := tx.Bucket(bucketCards)
	if b == nil {
		return nil
	}
	have, err := cardsOf(tx, iv.ID)
	if err != nil {
		return err
	}
	for _, c := range journal.NewCards(iv, have, now) {
		if err := putCard(tx, nil, &c); err != nil {
			return err
		}
	}
	return nil
}

// cardTime is when the cards of an interview being written are made: when
// it was last saved, or now for one that carries no time (a test's).
func cardTime(iv *journal.Interview) time.Time {
	if !iv.UpdatedAt.IsZero() {
		return iv.UpdatedAt
	}
	return time.Now()
}

// cardsOf returns the cards of interview id.
func cardsOf(tx *bolt.Tx, id uint64) ([]journal.Card, error) {
	b := tx.Bucket(bucketCards)
	if b == nil {
		return nil, nil
	}
	var out []journal.Card
	cd, prefix := codecOf(tx), itob(id)
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		card, err := decodeCard(cd, k, v)
		if err != nil {
			return nil, err
		}
		out = append(out, *card)
	}
	return out, nil
}

// deleteCards removes the cards of interview id, with the interview.
func deleteCards(tx *bolt.Tx, id uint64) error {
	cards, err := cardsOf(tx, id)
	if err != nil {
		return err
	}
	for i := range cards {
		c := &cards[i]
		if err := tx.Bucket(bucketCardsDue).Delete(cardDueKey(c)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketCards).Delete(cardKey(c.InterviewID, c.Number)); err != nil {
			return err
		}
	}
	return nil
}

// cardsFromInterviews returns the cards every interview would have, for a
// journal that has none stored: made when each interview was last saved,
// as they would have been then.
func cardsFromInterviews(tx *bolt.Tx) ([]journal.Card, error) {
	var out []journal.Card
	cd := codecOf(tx)
	err := tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
		var iv journal.Interview
		if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
			return err
		}
		out = append(out, journal.NewCards(&iv, nil, cardTime(&iv))...)
		return nil
	})
	return out, err
}

// ensureCards makes the cards of every interview the first time cards are
// needed. A read-only journal is left as it is (and has none).
func (s *Store) ensureCards() error {
	return s.ensureDerived(func(tx *bolt.Tx) bool { return tx.Bucket(bucketCards) != nil }, ensureCardsTx)
}

// ensureCardsTx makes the cards of every interview in tx when the journal
// has none yet, each made when its interview was last saved.
func ensureCardsTx(tx *bolt.Tx) error {
	if tx.Bucket(bucketCards) != nil {
		return nil // made before, or by another call meanwhile
	}
	if _, err := tx.CreateBucket(bucketCards); err != nil {
		return err
	}
	if _, err := tx.CreateBucketIfNotExists(bucketCardsDue); err != nil {
		return err
	}
	cd := codecOf(tx)
	return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
		var iv journal.Interview
		if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
			return err
		}
		return syncCards(tx, &iv, cardTime(&iv))
	})
}

// EachCard calls fn with every card in order of interview and number, as
// an export lists them.
func (s *Store) EachCard(fn func(*journal.Card) error) error {
	cards, err := s.Cards()
	if err != nil {
		return err
	}
	for i := range cards {
		if err := fn(&cards[i]); err != nil {
			return err
		}
	}
	return nil
}
