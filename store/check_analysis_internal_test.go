package store

import (
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestCheckAnalysisIndex: check finds every analysis record out of step
// with the interviews (one out of date, one that does not read, one of an
// interview that is gone, one missing), and nothing in a journal kept by
// its own writes.
func TestCheckAnalysisIndex(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	must(t, err)
	defer s.Close()
	for i := range 5 {
		iv := &journal.Interview{Company: "Acme", Role: "Nurse", Date: journal.NewDate(2026, 2, 1).AddDays(i),
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?", Answer: "I froze"}},
			Lessons:    []string{"Slow down"}}
		must(t, s.CreateInterview(iv))
	}
	_, err = s.AnalysisInterviews() // builds the index
	must(t, err)
	iv, err := s.Interview(2)
	must(t, err)
	iv.Lessons = []string{"Breathe"}
	must(t, s.UpdateInterview(iv))
	_, err = s.DeleteInterview(5)
	must(t, err)
	rep, err := s.Check()
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("a journal kept by its own writes: %+v", rep.Problems)
	}

	put := func(tx *bolt.Tx, id uint64, payload []byte) error {
		v, err := codecOf(tx).wrap(bucketAnalysis, itob(id), payload)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketAnalysis).Put(itob(id), v)
	}
	must(t, s.update(func(tx *bolt.Tx) error {
		stale := analysisCopy(iv)
		stale.Lessons = []string{"Slow down"} // what it said before its update
		if err := put(tx, 2, encodeAnalysis(stale)); err != nil {
			return err
		}
		if err := put(tx, 3, []byte{analysisFormat, 3}); err != nil { // cut short
			return err
		}
		gone := analysisCopy(iv)
		gone.ID = 5
		if err := put(tx, 5, encodeAnalysis(gone)); err != nil {
			return err
		}
		return tx.Bucket(bucketAnalysis).Delete(itob(4))
	}))
	rep, err = s.Check()
	must(t, err)
	want := map[uint64]string{
		2: "does not match it",
		3: "damaged and cannot be read",
		4: "missing from the analysis index",
		5: "which does not exist",
	}
	for id, words := range want {
		n := 0
		for _, p := range rep.Problems {
			if p.ID == id && strings.Contains(p.Message, words) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("interview %d: want one problem saying %q in %+v", id, words, rep.Problems)
		}
	}
	if len(rep.Problems) != len(want) {
		t.Errorf("%d problems, want %d: %+v", len(rep.Problems), len(want), rep.Problems)
	}
}
