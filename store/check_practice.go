package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/debrief-journal/debrief/journal"
)

// checkCards reads every practice card, holds it to the domain's rules
// and to its key, and compares the due index with the cards. A journal
// that has never had cards has nothing to check.
func (c *checker) checkCards() {
	cards, due := c.tx.Bucket(bucketCards), c.tx.Bucket(bucketCardsDue)
	if cards == nil {
		if due != nil {
			c.add("", 0, "the index of practice cards is there without the cards")
		}
		return
	}
	if due == nil {
		c.add("", 0, "the practice cards are there without their index")
		return
	}
	want := map[string][]byte{} // due key -> card key
	cards.ForEach(func(k, v []byte) error {
		record := "practice card " + refOfKey(k)
		if len(k) != 10 {
			c.add("", 0, "a practice card is stored under the key %q, which is not a card's", clipKey(k))
			return nil
		}
		var card journal.Card
		if !c.decodeRecord(bucketCards, k, record, btoi(k[:8]), v, &card) {
			return nil
		}
		c.rep.Cards++
		switch err := card.Validate(); {
		case err != nil:
			c.add(record, btoi(k[:8]), "it breaks a rule: %s", journal.ErrorMessage(err))
		case card.InterviewID != btoi(k[:8]) || card.Number != int(binary.BigEndian.Uint16(k[8:])):
			c.add(record, btoi(k[:8]), "it says it is card %s", card.Ref())
		case c.tx.Bucket(bucketInterviews).Get(itob(card.InterviewID)) == nil:
			c.add(record, btoi(k[:8]), "its interview is not in the journal")
		}
		if !card.Suspended {
			want[string(append(dayKey(card.Due), k...))] = bytes.Clone(k)
		}
		return nil
	})
	due.ForEach(func(k, v []byte) error {
		key, ok := want[string(k)]
		if !ok || !bytes.Equal(v, key) {
			c.add("", 0, "the index of practice cards has an entry %q that no card matches", clipKey(k))
		}
		delete(want, string(k))
		return nil
	})
	for k := range want {
		c.add(fmt.Sprintf("practice card %s", refOfKey([]byte(k)[8:])), 0, "it is missing from the index of practice cards")
	}
}

// checkStories reads every story of the story bank and holds it to the
// domain's rules and to its key.
func (c *checker) checkStories() {
	b := c.tx.Bucket(bucketStories)
	if b == nil {
		return
	}
	b.ForEach(func(k, v []byte) error {
		id, ok := c.idKey("story", k)
		if !ok {
			return nil
		}
		record := fmt.Sprintf("story %d", id)
		var st journal.Story
		if !c.decodeRecord(bucketStories, k, record, id, v, &st) {
			return nil
		}
		c.rep.Stories++
		switch err := st.Validate(); {
		case err != nil:
			c.add(record, id, "it breaks a rule: %s", journal.ErrorMessage(err))
		case st.ID != id:
			c.add(record, id, "it says it is story %d", st.ID)
		}
		return nil
	})
}
