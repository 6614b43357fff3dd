package store_test

import (
	"maps"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestCardDueCounts: the cards due on each day, counted from the index,
// are the days CardDueDays lists, in a journal opened to write or only to
// read.
func TestCardDueCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	if _, err := s.Import(fuJournal(400), nil, false, false); err != nil {
		t.Fatal(err)
	}
	want := func(s *store.Store) map[journal.Date]int {
		days, err := s.CardDueDays()
		must(t, err)
		out := map[journal.Date]int{}
		for _, d := range days {
			out[d]++
		}
		return out
	}
	w := want(s)
	got, err := s.CardDueCounts()
	must(t, err)
	if len(w) < 2 || !maps.Equal(got, w) {
		t.Fatalf("counted %d days, want %d (and more than one)", len(got), len(w))
	}
	must(t, s.Close())
	ro, err := store.Open(path, store.Options{ReadOnly: true})
	must(t, err)
	defer ro.Close()
	if got, err := ro.CardDueCounts(); err != nil || !maps.Equal(got, w) {
		t.Fatalf("read-only: %d days, %v", len(got), err)
	}
}
