package store

import (
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestEachFollowUpBatch: the batches hold the copies FollowUpInterviews
// returns, each once, whole although their memory is used again, in a
// journal with the index and in one opened read-only without it.
func TestEachFollowUpBatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	must(t, err)
	_, err = s.Import(manyStates(700, 3), nil, false, false)
	must(t, err)
	compare := func(t *testing.T, s *Store) {
		for _, day := range []journal.Date{journal.NewDate(2024, time.May, 1), journal.NewDate(2026, time.March, 14)} {
			all, err := s.FollowUpInterviews(day)
			must(t, err)
			want := itemLines(journal.BuildAgenda(all, day))
			var mu sync.Mutex
			var got []string
			batches := 0
			must(t, s.EachFollowUpBatch(day, func(batch []*journal.Interview) {
				lines := itemLines(journal.BuildAgenda(batch, day))
				mu.Lock()
				defer mu.Unlock()
				got = append(got, lines...)
				batches++
			}))
			slices.Sort(got)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Fatalf("on %s the batches hold %d items, the copies %d", day, len(got), len(want))
			}
			t.Logf("%s: %d items in %d batches", day, len(got), batches)
		}
	}
	must(t, s.EnsureFollowUpIndex())
	compare(t, s)
	must(t, s.rawUpdate(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketFollowUps) }))
	must(t, s.Close())
	ro, err := Open(path, Options{ReadOnly: true})
	must(t, err)
	defer ro.Close()
	compare(t, ro)
}

// itemLines is one line for each item of the agenda, sorted, whatever
// order the groups hold them in.
func itemLines(a journal.Agenda) []string {
	var out []string
	for name, group := range map[string][]journal.AgendaItem{"overdue": a.Overdue, "today": a.Today, "week": a.ThisWeek,
		"later": a.Later, "stale": a.Stale, "snoozed": a.Snoozed} {
		for _, it := range group {
			out = append(out, fmt.Sprintf("%s %d %s %s %+v", name, it.InterviewID, it.Company, it.Role, it.FollowUp))
		}
	}
	slices.Sort(out)
	return out
}
