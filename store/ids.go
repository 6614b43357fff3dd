package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// maxID is the highest ID a record can have: 2^53, the largest whole number
// every JSON reader holds exactly, and far below where a bucket's counter
// (a uint64) would wrap back to 0 and give out IDs already taken.
const maxID = 1 << 53

// maxKeptID is the highest ID an imported record keeps; one above it is
// renumbered. Keeping it moves the counter past it, and half of the IDs
// left is still more than any journal will ever give out.
const maxKeptID = maxID / 2

// nextID returns the ID for a new record of bucket b, counted by the
// bucket's sequence. An ID the counter gives out is normally free; when a
// damaged counter has fallen behind the records, or has run past maxID
// (as an import could make it do before IDs were bounded), it counts on
// from the highest ID below maxID rather than give out one that is taken or
// wrap around. When no ID is left it fails with EConflict.
func nextID(b *bolt.Bucket, kind string) (uint64, error) {
	seq := b.Sequence()
	if seq > maxID {
		seq = 0
	}
	seq = max(seq, highestID(b))
	if seq >= maxID {
		return 0, journal.Errorf(journal.EConflict, "This journal has given out every %s number it can, so nothing new can be saved in it. Export it and import the export into a new journal (`debrief --db NEW import FILE`): an import numbers %ss afresh.", kind, kind)
	}
	id := seq + 1
	if err := b.SetSequence(id); err != nil {
		return 0, err
	}
	return id, nil
}

// highestID returns the highest ID up to maxID that a record of b has, or 0.
func highestID(b *bolt.Bucket) uint64 {
	c := b.Cursor()
	k, _ := c.Seek(itob(maxID + 1))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	return btoi(k)
}

// claimID keeps the counter of bucket b at or above id, so that it never
// gives out id for another record.
func claimID(b *bolt.Bucket, id uint64) error {
	if id <= b.Sequence() {
		return nil
	}
	return b.SetSequence(id)
}

// insert stores value under key in b for a new record, refusing (with
// EConflict, writing nothing) to replace one that is already there: a write
// meant to add a record must never overwrite another. what names the
// record ("Interview 3").
func insert(b *bolt.Bucket, key, value []byte, what string) error {
	if b.Get(key) != nil {
		return journal.Errorf(journal.EConflict, "%s already exists, so the new entry was not saved over it. Nothing was changed.", what)
	}
	return b.Put(key, value)
}

// validID refuses an ID that no record can have: 0, which is never given
// out, or one above maxID.
func validID(id uint64, what string) error {
	if id == 0 || id > maxID {
		return journal.Errorf(journal.EInvalid, "%s has the number %d, which is not one debrief gives out (1 to %d). Nothing was changed.", what, id, uint64(maxID))
	}
	return nil
}
