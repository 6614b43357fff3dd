package store

import (
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestInsertRefusesATakenKey writes new records under keys that are taken,
// as a counter gone wrong would make a write do, and finds each refused
// with nothing changed.
func TestInsertRefusesATakenKey(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	iv := &journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 1)}
	if err := s.CreateInterview(iv); err != nil {
		t.Fatal(err)
	}
	review := &journal.Review{WeekOf: journal.NewDate(2026, 3, 2)}
	if err := s.SaveReview(review); err != nil {
		t.Fatal(err)
	}
	draft := &journal.Draft{Kind: journal.DraftInterview}
	if err := s.SaveDraft(draft); err != nil {
		t.Fatal(err)
	}
	before, err := s.Interview(iv.ID)
	if err != nil {
		t.Fatal(err)
	}

	other := *iv
	other.Company = "Someone else"
	noSummary := other
	noSummary.ID = 7
	writes := map[string]func(tx *bolt.Tx) error{
		"Interview": func(tx *bolt.Tx) error { return putInterview(tx, &other, true) },
		"Summary": func(tx *bolt.Tx) error {
			// An interview whose key is free but whose summary's is not.
			sum, _ := codecOf(tx).encode(bucketSummaries, summaryKey(noSummary.Date, 7), noSummary.Summarize())
			if err := tx.Bucket(bucketSummaries).Put(summaryKey(noSummary.Date, 7), sum); err != nil {
				t.Fatal(err)
			}
			return putInterview(tx, &noSummary, true)
		},
		"Review": func(tx *bolt.Tx) error {
			r := *review
			r.Focus = "Someone else's"
			return s.writeReview(tx, &r, true)
		},
		"Draft": func(tx *bolt.Tx) error {
			// The counter has fallen behind the draft.
			if err := tx.Bucket(bucketDrafts).SetSequence(0); err != nil {
				t.Fatal(err)
			}
			b := tx.Bucket(bucketDrafts)
			data, _ := codecOf(tx).encode(bucketDrafts, itob(1), &journal.Draft{ID: 1, Kind: journal.DraftReview})
			return insert(b, itob(1), data, "Draft 1")
		},
	}
	for name, write := range writes {
		if err := s.update(write); journal.ErrorCode(err) != journal.EConflict {
			t.Errorf("%s: a write over a taken key gave %v", name, err)
		}
	}
	if after, err := s.Interview(iv.ID); err != nil || !reflect.DeepEqual(after, before) {
		t.Fatalf("interview %d changed: %+v (%v)", iv.ID, after, err)
	}
	if r, err := s.Review(review.ID); err != nil || r.Focus != "" {
		t.Fatalf("review changed: %+v (%v)", r, err)
	}
	if d, err := s.Draft(draft.ID); err != nil || d.Kind != journal.DraftInterview {
		t.Fatalf("draft changed: %+v (%v)", d, err)
	}
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Fatalf("check: %v %v", rep.Problems, err)
	}
}

// TestNextIDRunsOut gives a bucket a record at the highest ID: a new one
// is refused rather than numbered past it.
func TestNextIDRunsOut(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReviews).Put(itob(maxID), []byte("x"))
	})
	if err != nil {
		t.Fatal(err)
	}
	r := &journal.Review{WeekOf: journal.NewDate(2026, 3, 2)}
	if err := s.SaveReview(r); journal.ErrorCode(err) != journal.EConflict || r.ID != 0 {
		t.Fatalf("a review after ID %d: %v, ID %d", uint64(maxID), err, r.ID)
	}
}
