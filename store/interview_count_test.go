package store_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// recentTotal is the "in all" of the home screen.
func recentTotal(t *testing.T, s *store.Store) int {
	t.Helper()
	_, total, err := s.RecentSummaries(3)
	if err != nil {
		t.Fatal(err)
	}
	return total
}

// TestInterviewCountFollowsEveryWrite: the count home shows follows
// creating, deleting, undoing a delete, importing and replacing, and
// `check` finds it whole after each.
func TestInterviewCountFollowsEveryWrite(t *testing.T) {
	s := MustOpen(t)
	want := func(n int, after string) {
		t.Helper()
		if got := recentTotal(t, s); got != n {
			t.Fatalf("after %s the journal counts %d interviews, want %d", after, got, n)
		}
		rep, err := s.Check()
		if err != nil || len(rep.Problems) != 0 {
			t.Fatalf("after %s check finds %v %v", after, err, rep.Problems)
		}
	}
	want(0, "opening")
	for range 3 {
		if err := s.CreateInterview(sample()); err != nil {
			t.Fatal(err)
		}
	}
	want(3, "three interviews")
	old, err := s.DeleteInterview(2)
	if err != nil {
		t.Fatal(err)
	}
	want(2, "a delete")
	if err := s.RestoreInterview(old); err != nil {
		t.Fatal(err)
	}
	want(3, "undoing the delete")
	iv, err := s.Interview(1)
	if err != nil {
		t.Fatal(err)
	}
	iv.Role = "Changed"
	if err := s.UpdateInterview(iv); err != nil {
		t.Fatal(err)
	}
	want(3, "a change")
	other := *sample()
	other.Company, other.CreatedAt = "Elsewhere", time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	if _, err := s.Import([]journal.Interview{*iv, other}, nil, true, false); err != nil {
		t.Fatal(err)
	}
	want(4, "an import that replaced one and added one")
	if _, err := s.Import([]journal.Interview{other}, nil, false, true); err != nil {
		t.Fatal(err)
	}
	want(4, "a dry run")
}

// TestInterviewCountOfAnOlderJournal: a journal from before the count is
// counted when read, and given its count by the first opening for writing;
// a count planted wrong is reported by check.
func TestInterviewCountOfAnOlderJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if err := s.CreateInterview(sample()); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	setMeta := func(value []byte) {
		t.Helper()
		db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Update(func(tx *bolt.Tx) error {
			if value == nil {
				return tx.Bucket([]byte("meta")).Delete([]byte("interview-count"))
			}
			return tx.Bucket([]byte("meta")).Put([]byte("interview-count"), value)
		}); err != nil {
			t.Fatal(err)
		}
	}
	setMeta(nil)
	r, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := recentTotal(t, r); got != 5 {
		t.Fatalf("read-only, a journal without a count counts %d, want 5", got)
	}
	r.Close()
	w, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.CreateInterview(sample()); err != nil {
		t.Fatal(err)
	}
	if got := recentTotal(t, w); got != 6 {
		t.Fatalf("opened for writing and one added, the journal counts %d, want 6", got)
	}
	w.Close()

	setMeta([]byte{0, 0, 0, 0, 0, 0, 0, 9})
	c, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rep, err := c.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Message, "says 9 interviews, and the journal holds 6") {
		t.Fatalf("a wrong count: check finds %v", rep.Problems)
	}
}
