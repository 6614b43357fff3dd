package store

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// ImportReport says what an import did, or would do in a dry run.
type ImportReport struct {
	Added, Replaced, Skipped int
	// Renumbered counts the added interviews whose ID belongs to another
	// interview in this journal, or is too large for a journal to keep
	// counting after it, so that they were given a new one.
	Renumbered                                    int
	ReviewsAdded, ReviewsReplaced, ReviewsSkipped int
	// CardsAdded counts the practice cards written with their interviews;
	// CardsSkipped those of interviews skipped.
	CardsAdded, CardsSkipped                      int
	StoriesAdded, StoriesReplaced, StoriesSkipped int
}

// errDryRun rolls back a dry run's transaction after counting.
var errDryRun = errors.New("dry run")

// Import adds interviews and reviews read from an export, all in one
// transaction: either everything is written or nothing is.
//
// A record is the same as a stored one when both have the same ID and the
// same creation time, or, when it is not found under its own ID, when
// another stored record has the same creation time and the same company,
// role and date (for a review, the same week): an interview exported from
// this journal, or imported before under a new ID, is recognised either
// way. Two different interviews are never taken for each other on the
// creation time alone, since skipping one would lose it. The same ones are
// skipped, or replaced (keeping the stored ID) when replace is set. A record
// with no creation time or no ID is always new. A new record keeps its ID
// when the journal never gave it out and it is no larger than maxKeptID
// (see keepsID); otherwise it gets a new
// one, after every record that keeps its own. No record is ever written
// over another that it is not the same as. With dryRun nothing is written
// and the report says what would happen. The caller's slices are not
// modified.
func (s *Store) Import(ivs []journal.Interview, reviews []journal.Review, replace, dryRun bool) (ImportReport, error) {
	return s.ImportAll(Records{Interviews: ivs, Reviews: reviews}, replace, dryRun)
}

// Records are what an export holds.
type Records struct {
	Interviews []journal.Interview
	Reviews    []journal.Review
	Cards      []journal.Card
	Stories    []journal.Story
}

// ImportAll is Import with the practice cards and stories of the export
// too, all in one transaction. A card goes with its interview: it is
// written when the interview is added or replaced, under the interview's
// ID in this journal, and skipped with it. Stories are matched like
// reviews (the same ID and creation time), and the cards they name follow
// their interviews' IDs.
func (s *Store) ImportAll(rec Records, replace, dryRun bool) (ImportReport, error) {
	var rep ImportReport
	err := s.update(func(tx *bolt.Tx) error {
		rep = ImportReport{}
		im := &importer{s: s, tx: tx, replace: replace, rep: &rep, ids: map[uint64]uint64{}, written: map[uint64]bool{}}
		if err := im.interviews(rec.Interviews); err != nil {
			return err
		}
		if err := im.reviews(rec.Reviews); err != nil {
			return err
		}
		if err := im.cards(rec.Cards); err != nil {
			return err
		}
		if err := im.stories(rec.Stories); err != nil {
			return err
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

// importer is one import in progress.
type importer struct {
	s       *Store
	tx      *bolt.Tx
	replace bool
	rep     *ImportReport
	// ids maps each interview's ID in the file to its ID here; written
	// holds the file IDs of those written (added or replaced).
	ids     map[uint64]uint64
	written map[uint64]bool
}

func (im *importer) interviews(ivs []journal.Interview) error {
	b := im.tx.Bucket(bucketInterviews)
	given := b.Sequence()
	known := newIdentities(im.tx, bucketInterviews)
	var renumber []*journal.Interview
	var renumbered []uint64 // the file IDs of renumber
	for i := range ivs {
		iv := ivs[i] // a copy: the caller's document is left as it was
		if err := iv.Validate(); err != nil {
			return journal.Errorf(journal.EInvalid, "%s: %s", iv.String(), journal.ErrorMessage(err))
		}
		target, err := known.find(iv.ID, identity{CreatedAt: iv.CreatedAt, Company: iv.Company, Role: iv.Role, Date: iv.Date})
		if err != nil {
			return err
		}
		fileID := ivs[i].ID
		switch {
		case target != 0 && !im.replace:
			im.rep.Skipped++
			im.ids[fileID] = target
		case target != 0:
			im.ids[fileID], im.written[fileID] = target, true
			old, err := getInterview(im.tx, target)
			if err != nil {
				return err
			}
			if err := im.tx.Bucket(bucketSummaries).Delete(summaryKey(old.Date, old.ID)); err != nil {
				return err
			}
			iv.ID = target
			im.rep.Replaced++
			if err := putInterview(im.tx, &iv, false); err != nil {
				return err
			}
		case keepsID(b, given, iv.ID):
			if err := im.add(&iv, known); err != nil {
				return err
			}
			im.ids[fileID], im.written[fileID] = iv.ID, true
		default:
			renumber = append(renumber, &iv)
			renumbered = append(renumbered, fileID)
		}
	}
	// New IDs come after every ID kept, so no record takes one that a later
	// record of the file would have kept.
	for i, iv := range renumber {
		if iv.ID != 0 {
			im.rep.Renumbered++
		}
		id, err := nextID(b, "interview")
		if err != nil {
			return err
		}
		iv.ID = id
		if err := im.add(iv, known); err != nil {
			return err
		}
		im.ids[renumbered[i]], im.written[renumbered[i]] = id, true
	}
	return nil
}

func (im *importer) add(iv *journal.Interview, known *identities) error {
	if iv.CreatedAt.IsZero() {
		iv.CreatedAt = im.s.Now()
	}
	if iv.UpdatedAt.IsZero() {
		iv.UpdatedAt = iv.CreatedAt
	}
	known.added[iv.ID] = true
	im.rep.Added++
	return putInterview(im.tx, iv, true)
}

// keepsID reports whether a new record can keep its ID in bucket b: one
// that no record has, that the journal never gave out (above given, the
// bucket's counter when the import began: an ID below it may belong to a
// record deleted a moment ago, which an undo in the app would put back),
// and small enough that the counter can go on counting after it.
func keepsID(b *bolt.Bucket, given, id uint64) bool {
	return id > given && id <= maxKeptID && b.Get(itob(id)) == nil
}

func (im *importer) reviews(reviews []journal.Review) error {
	b := im.tx.Bucket(bucketReviews)
	given := b.Sequence()
	known := newIdentities(im.tx, bucketReviews)
	var renumber []*journal.Review
	for i := range reviews {
		r := reviews[i]
		target, err := known.find(r.ID, identity{CreatedAt: r.CreatedAt, WeekOf: r.WeekOf})
		if err != nil {
			return err
		}
		switch {
		case target != 0 && !im.replace:
			im.rep.ReviewsSkipped++
		case target != 0:
			r.ID = target
			im.rep.ReviewsReplaced++
			if err := im.s.putReview(im.tx, &r); err != nil {
				return err
			}
		case keepsID(b, given, r.ID):
			known.added[r.ID] = true
			im.rep.ReviewsAdded++
			if err := im.s.writeReview(im.tx, &r, true); err != nil {
				return err
			}
		default:
			renumber = append(renumber, &r)
		}
	}
	for _, r := range renumber {
		r.ID = 0 // putReview gives the next ID
		im.rep.ReviewsAdded++
		if err := im.s.putReview(im.tx, r); err != nil {
			return err
		}
		known.added[r.ID] = true
	}
	return nil
}

// identities finds the stored record an imported one is the same as. The
// index of every stored record is built the first time a record is not
// found under its own ID, and leaves out records this import added, so that
// two records of one file are never taken for each other.
type identities struct {
	b     *bolt.Bucket
	name  []byte
	cd    codec
	added map[uint64]bool
	all   map[identity]uint64 // identity -> ID; 0 when several share it
}

func newIdentities(tx *bolt.Tx, bucket []byte) *identities {
	return &identities{b: tx.Bucket(bucket), name: bucket, cd: codecOf(tx), added: map[uint64]bool{}}
}

// identity is what tells a stored record from another apart from its ID:
// when it was created, and what it is about. Interviews fill the first
// four fields, reviews the creation time and the week.
type identity struct {
	CreatedAt time.Time    `json:"created_at"`
	Company   string       `json:"company"`
	Role      string       `json:"role"`
	Date      journal.Date `json:"date"`
	WeekOf    journal.Date `json:"week_of"`
}

// key makes an identity usable as a map key: times that are Equal in
// different zones must give the same key.
func (id identity) key() identity {
	id.CreatedAt = id.CreatedAt.UTC()
	return id
}

// find returns the ID of the stored record that is the same as the one
// with this ID and identity, or 0.
func (k *identities) find(id uint64, who identity) (uint64, error) {
	if id == 0 || who.CreatedAt.IsZero() {
		return 0, nil
	}
	if v := k.b.Get(itob(id)); v != nil && !k.added[id] {
		var stored identity
		if err := k.cd.decode(k.name, itob(id), v, &stored, fmt.Sprintf("Stored record %d", id)); err != nil {
			return 0, err
		}
		if stored.CreatedAt.Equal(who.CreatedAt) {
			return id, nil
		}
	}
	if k.all == nil {
		if err := k.index(); err != nil {
			return 0, err
		}
	}
	return k.all[who.key()], nil
}

func (k *identities) index() error {
	k.all = map[identity]uint64{}
	return k.b.ForEach(func(key, v []byte) error {
		id := btoi(key)
		if k.added[id] {
			return nil
		}
		var stored identity
		if err := k.cd.decode(k.name, key, v, &stored, fmt.Sprintf("Stored record %d", id)); err != nil {
			return err
		}
		if stored.CreatedAt.IsZero() {
			return nil
		}
		if _, taken := k.all[stored.key()]; taken {
			k.all[stored.key()] = 0 // ambiguous: match neither
			return nil
		}
		k.all[stored.key()] = id
		return nil
	})
}
