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
	must(t, ro.Close())

	t.Run("ErrNotADay", func(t *testing.T) {
		s, err := store.Open(path)
		must(t, err)
		defer s.Close()
		for _, key := range [][]byte{[]byte("2026"), []byte("2026x3140000000000000001")} {
			must(t, s.PutBytes("cards_due", key, nil))
			if _, err := s.CardDueCounts(); journal.ErrorCode(err) != journal.ECorrupt {
				t.Errorf("key %q: err = %v, want damage", key, err)
			}
			must(t, s.DeleteRaw("cards_due", key))
		}
	})
}
