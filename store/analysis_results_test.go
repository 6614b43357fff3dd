package store_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestAnalysisResult: a kept result is read back for the same stamp while
// no interview changes, and drawn again after an interview is created,
// updated or deleted, and for another stamp. A journal opened read-only
// keeps nothing, unless a reading command opened it (OpenReading).
// KeptResult says beforehand which of these it will be.
func TestAnalysisResult(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	ivs := analysisJournal(12)
	for _, iv := range ivs[:10] {
		must(t, s.CreateInterview(iv))
	}
	draws := 0
	result := func(t *testing.T, s *store.Store, stamp string) string {
		t.Helper()
		out, err := s.AnalysisResult("test", stamp, func(ivs []*journal.Interview) ([]byte, error) {
			draws++
			return fmt.Appendf(nil, "%d interviews", len(ivs)), nil
		})
		must(t, err)
		return string(out)
	}
	// Each step also checks that KeptResult foretold whether the result
	// would be read back rather than drawn.
	step := func(t *testing.T, what, stamp, want string, wantDraws int) {
		t.Helper()
		kept, before := s.KeptResult("test", stamp) != nil, draws
		if got := result(t, s, stamp); got != want || draws != wantDraws {
			t.Errorf("%s: %q after %d draws, want %q after %d", what, got, draws, want, wantDraws)
		}
		if kept != (draws == before) {
			t.Errorf("%s: KeptResult said %v, but the result was drawn %d times", what, kept, draws-before)
		}
	}
	step(t, "first", "a", "10 interviews", 1)
	step(t, "again", "a", "10 interviews", 1)
	step(t, "another stamp", "b", "10 interviews", 2)
	step(t, "the first stamp again", "a", "10 interviews", 3)
	must(t, s.CreateInterview(ivs[10]))
	step(t, "after a new interview", "a", "11 interviews", 4)
	step(t, "again", "a", "11 interviews", 4)
	ivs[2].Lessons = append(ivs[2].Lessons, "Breathe")
	must(t, s.UpdateInterview(ivs[2]))
	step(t, "after an update", "a", "11 interviews", 5)
	_, err = s.DeleteInterview(ivs[4].ID)
	must(t, err)
	step(t, "after a deletion", "a", "10 interviews", 6)
	_, err = s.Import([]journal.Interview{*ivs[11]}, nil, true, false)
	must(t, err)
	step(t, "after an import", "a", "11 interviews", 7)
	step(t, "again", "a", "11 interviews", 7)
	must(t, s.Close())

	s, err = store.Open(path)
	must(t, err)
	step(t, "reopened", "a", "11 interviews", 7)
	must(t, s.Close())

	s, err = store.Open(path, store.Options{ReadOnly: true})
	must(t, err)
	step(t, "read-only, kept before", "a", "11 interviews", 7)
	step(t, "read-only, new stamp", "c", "11 interviews", 8)
	step(t, "read-only, nothing kept", "c", "11 interviews", 9)
	must(t, s.Close())

	// A reading command opens the journal read-only and keeps nothing:
	// it reads what a writer kept, and draws anything else itself.
	s, err = store.OpenReading(path)
	must(t, err)
	defer s.Close()
	step(t, "reading, kept before", "a", "11 interviews", 9)
	step(t, "reading, new stamp", "d", "11 interviews", 10)
	step(t, "reading, not kept", "d", "11 interviews", 11)
}
