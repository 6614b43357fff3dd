package store

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// followUpIndexRecord names the follow-up index in problems that concern no
// interview of the journal.
const followUpIndexRecord = "follow-up index"

// expectFollowUps notes the entry a readable interview must have in the
// follow-up index, when the journal has the index.
func (c *checker) expectFollowUps(iv *journal.Interview) {
	if c.followUps == nil {
		return
	}
	// The value as encoded, before its checksum or seal: a sealed value
	// differs at every write (a fresh nonce), so what is compared is what
	// it holds.
	key, value, err := followUpEntry(codec{}, iv)
	if err != nil {
		return // a decoded interview encodes; nothing to compare with if not
	}
	c.followUps[iv.ID] = indexEntry{key: key, value: value}
}

// indexEntry is what the follow-up index holds for one interview: a nil key
// when it holds nothing.
type indexEntry struct{ key, value []byte }

// checkFollowUpIndex compares the follow-up index, which the agenda reads
// instead of the interviews, with what the interviews say: every interview
// that can have a follow-up due has its entry, filed under its horizon and
// up to date, with a pointer to it that lets a later write replace it, and
// nothing else is there. A journal that has never drawn up an agenda has no
// index, which is whole; an index built under older follow-up rules is not
// read, and is rebuilt on its next use.
func (c *checker) checkFollowUpIndex() {
	b := c.tx.Bucket(bucketFollowUps)
	if b == nil || !followUpIndexCurrent(c.tx) {
		return // none, or one of older rules that its next use rebuilds
	}
	interviews := c.tx.Bucket(bucketInterviews)
	found := map[uint64]bool{}
	_ = b.ForEach(func(k, v []byte) error {
		switch {
		case len(k) == reverseKeyLen && k[0] == 'i':
			// A pointer to a missing entry is reported as the entry.
			id := btoi(k[1:])
			switch {
			case interviews.Get(itob(id)) == nil:
				c.add(followUpIndexRecord, id, "it points to interview %d, which does not exist", id)
			case len(v) != horizonKeyLen || v[0] != 'h' || btoi(v[horizonKeyLen-8:]) != id:
				c.add(fmt.Sprintf("interview %d", id), id, "its pointer in the follow-up index leads to another entry, so a change to it could remove that one")
			}
			return nil
		case len(k) != horizonKeyLen || k[0] != 'h':
			c.add(followUpIndexRecord, 0, "it holds the key %q, which it never writes", clipKey(k))
			return nil
		}
		id := btoi(k[horizonKeyLen-8:])
		record := fmt.Sprintf("interview %d", id)
		want, readable := c.followUps[id]
		found[id] = true
		switch {
		case interviews.Get(itob(id)) == nil:
			c.add(followUpIndexRecord, id, "it lists interview %d, which does not exist, so the agenda shows follow-ups for nothing", id)
		case !readable:
			// The interview itself is reported with the interviews.
		case want.key == nil:
			c.add(record, id, "the follow-up index lists it although none of its follow-ups can ever be due")
		case !bytes.Equal(want.key, k):
			c.add(record, id, "the follow-up index files it under the wrong day, so the agenda can leave out its follow-ups")
		case !c.holds(k, v, want.value):
			c.add(record, id, "its copy in the follow-up index is out of date, so the agenda shows its follow-ups wrongly")
		case !bytes.Equal(b.Get(reverseKey(id)), k):
			c.add(record, id, "the follow-up index has no pointer to its entry, so a change to it would leave its follow-ups twice on the agenda")
		}
		return nil
	})
	var missing []uint64
	for id, want := range c.followUps {
		if want.key != nil && !found[id] {
			missing = append(missing, id)
		}
	}
	slices.Sort(missing)
	for _, id := range missing {
		c.add(fmt.Sprintf("interview %d", id), id, "it is missing from the follow-up index, so the agenda leaves out its follow-ups")
	}
}

// holds reports whether the index entry v stored under k holds payload.
func (c *checker) holds(k, v, payload []byte) bool {
	got, err := codecOf(c.tx).open(bucketFollowUps, k, v, func() string { return followUpIndexRecord })
	return err == nil && bytes.Equal(got, payload)
}
