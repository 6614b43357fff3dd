package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestAnalysisIndexReplacesRetired: a journal whose analysis index was
// written by an older debrief, under a retired name, gains the index under
// its current name, with the classes of its texts, the first time a
// debrief that writes reads it; the old index is removed in the same
// step, and a command that only reads leaves both as they are.
func TestAnalysisIndexReplacesRetired(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	must(t, err)
	for i := range 4 {
		must(t, s.CreateInterview(&journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 1+i),
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?"}}}))
	}
	// As an older debrief left it: its index under the old name, none
	// under the new one.
	must(t, s.update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketAnalysis); err != nil {
			return err
		}
		b, err := tx.CreateBucket(retiredAnalysisBuckets[0])
		if err != nil {
			return err
		}
		return b.Put(itob(1), []byte{1, 2, 3})
	}))
	must(t, s.Close())
	buckets := func(s *Store) (current, retired bool) {
		must(t, s.view(func(tx *bolt.Tx) error {
			current, retired = tx.Bucket(bucketAnalysis) != nil, tx.Bucket(retiredAnalysisBuckets[0]) != nil
			return nil
		}))
		return current, retired
	}

	r, err := OpenReading(path)
	must(t, err)
	if aj, err := r.AnalysisJournal(); err != nil || len(aj.Interviews) != 4 {
		t.Fatalf("reading: %d interviews, %v", len(aj.Interviews), err)
	}
	if current, retired := buckets(r); current || !retired {
		t.Errorf("a command that only reads changed the indexes: current %v, retired %v", current, retired)
	}
	must(t, r.Close())

	w, err := Open(path)
	must(t, err)
	defer w.Close()
	aj, err := w.AnalysisJournal()
	must(t, err)
	if len(aj.Interviews) != 4 || aj.stale != 0 {
		t.Fatalf("%d interviews, %d without current classes", len(aj.Interviews), aj.stale)
	}
	if topic, _, ok := aj.Known.Question("What are your salary expectations?"); !ok || topic == "" {
		t.Errorf("the rebuilt index keeps no topic for the salary question: %q, %v", topic, ok)
	}
	if current, retired := buckets(w); !current || retired {
		t.Errorf("after the rebuild: current %v, retired %v; want only the current index", current, retired)
	}
	rep, err := w.Check()
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Errorf("check after the rebuild: %+v", rep.Problems)
	}
}
