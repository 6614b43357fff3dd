package store

import (
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// checkNotStarted refuses a new story started from a left-out one when
// the bank holds a story started from it already, whatever its title has
// become since: the bank as stored now, not as a screen last read it.
func checkNotStarted(tx *bolt.Tx, st *journal.Story) error {
	note := st.LeftOutNote()
	b := tx.Bucket(bucketStories)
	if note == "" || b == nil {
		return nil
	}
	cd := codecOf(tx)
	return b.ForEach(func(k, v []byte) error {
		var have journal.Story
		if err := cd.decode(bucketStories, k, v, &have, fmt.Sprintf("Story %d", btoi(k))); err != nil {
			return err
		}
		if have.StartedFrom(st.From, note) {
			return journal.ErrStoryStarted
		}
		return nil
	})
}

// checkCardsExist refuses a story that names a curveball card the journal
// does not have; cards the stored story (nil for a new one) named already
// are let be, so a story still saves once an interview is deleted.
func checkCardsExist(tx *bolt.Tx, st, stored *journal.Story) error {
	cards := tx.Bucket(bucketCards)
	for _, ref := range st.Cards {
		if stored != nil && slices.Contains(stored.Cards, ref) {
			continue
		}
		id, n, ok := journal.ParseCardRef(ref)
		// Card numbers are kept in two bytes of a key; no interview has
		// more cards than answers.
		if !ok || id > maxID || n > journal.MaxListItems {
			return journal.Errorf(journal.EInvalid, "%q does not name a curveball card; write the interview's number and the card's, such as 12/1. The story was not saved.", ref)
		}
		if cards == nil || cards.Get(cardKey(id, n)) == nil {
			return journal.Errorf(journal.ENotFound, "There is no card %s in this journal, so the story was not saved; 'debrief drill --all --plain' lists the cards.", ref)
		}
	}
	return nil
}

// uniqueCards returns the card references trimmed, without empty ones,
// and each once.
func uniqueCards(refs []string) []string {
	var out []string
	for _, r := range refs {
		if r = strings.TrimSpace(r); r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
