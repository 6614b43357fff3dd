package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestOpenReadingBuildsAnalysisIndex: a journal from before the analysis
// index gains it the first time a reading command opens it, and keeps
// every interview.
func TestOpenReadingBuildsAnalysisIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		iv := &journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 1+i), Lessons: []string{"Slow down"}}
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
	}
	// As a journal written before the index was.
	if err := s.update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketAnalysis) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReading(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// A command that only reads writes nothing: the records are worked
	// out in memory, and the index is left for a writer to build.
	lacks := false
	err = r.view(func(tx *bolt.Tx) error {
		lacks = tx.Bucket(bucketAnalysis) == nil
		return nil
	})
	if err != nil || !lacks {
		t.Fatalf("after opening for reading: lacks the index %v, %v; want it still lacking", lacks, err)
	}
	ivs, err := r.AnalysisInterviews()
	if err != nil || len(ivs) != 5 {
		t.Fatalf("%d records, %v; want 5", len(ivs), err)
	}
}
