package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// TestFollowUpIndexOfJSONEntries opens a journal whose follow-up index is
// the one of earlier debriefs: named "followups", its entries JSON, built
// under the rules of this build. A journal opened read-only keeps it and
// reads the interviews instead; encrypting the journal carries it over;
// the first use of a journal opened to write builds the index under its
// new name and removes the old one in the same transaction. The agenda is
// the same all along, and check finds nothing wrong at any step.
func TestFollowUpIndexOfJSONEntries(t *testing.T) {
	fastKDF(t)
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	today := journal.DateOf(now)
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	must(t, err)
	ivs := demo.Generate(300, 5, now)
	_, err = s.Import(ivs, nil, false, false)
	must(t, err)
	want := agendaLines(t, s, today)
	if len(want) == 0 {
		t.Fatal("the sample journal has nothing on its agenda")
	}
	// The index as earlier debriefs wrote it.
	must(t, s.rawUpdate(func(tx *bolt.Tx) error {
		must(t, tx.DeleteBucket(bucketFollowUps))
		old, err := tx.CreateBucket(retiredFollowUpBuckets[0])
		must(t, err)
		cd := codecOf(tx)
		return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
			var iv journal.Interview
			must(t, cd.decode(bucketInterviews, k, v, &iv, "interview"))
			last, bounded := iv.FollowUpHorizon()
			if bounded && last.IsZero() {
				return nil
			}
			key := horizonKey(last, bounded, iv.ID)
			value, err := cd.encode(retiredFollowUpBuckets[0], key, planningCopy(&iv))
			must(t, err)
			must(t, old.Put(key, value))
			return old.Put(reverseKey(iv.ID), key)
		})
	}))
	must(t, s.Close())
	buckets := func(t *testing.T, s *Store) (current, retired bool) {
		t.Helper()
		must(t, s.view(func(tx *bolt.Tx) error {
			current, retired = tx.Bucket(bucketFollowUps) != nil, tx.Bucket(retiredFollowUpBuckets[0]) != nil
			return nil
		}))
		return current, retired
	}
	sound := func(t *testing.T, s *Store) {
		t.Helper()
		rep, err := s.Check()
		must(t, err)
		if !rep.OK() {
			t.Fatalf("check: %+v", rep.Problems)
		}
	}

	t.Run("ReadOnly", func(t *testing.T) {
		s, err := Open(path, Options{ReadOnly: true})
		must(t, err)
		defer s.Close()
		if got := agendaLines(t, s, today); !slices.Equal(got, want) {
			t.Fatalf("agenda has %d items, want %d", len(got), len(want))
		}
		sound(t, s)
		if current, retired := buckets(t, s); current || !retired {
			t.Fatalf("a journal opened read-only changed: new index %v, old index %v", current, retired)
		}
	})
	t.Run("Encrypted", func(t *testing.T) {
		if _, err := Encrypt(path, passOf(testPass), now); err != nil {
			t.Fatalf("encrypting a journal with the old index: %v", err)
		}
		s, err := Open(path, Options{Passphrase: passOf(testPass)})
		must(t, err)
		defer s.Close()
		if current, retired := buckets(t, s); current || !retired {
			t.Fatalf("encrypting rebuilt the index: new index %v, old index %v", current, retired)
		}
		sound(t, s)
		if got := agendaLines(t, s, today); !slices.Equal(got, want) {
			t.Fatalf("agenda has %d items, want %d", len(got), len(want))
		}
		if current, retired := buckets(t, s); !current || retired {
			t.Fatalf("after the first agenda: new index %v, old index %v; want the new one only", current, retired)
		}
		sound(t, s)
		if got := agendaLines(t, s, today.AddDays(40)); !slices.Equal(got, agendaFromInterviews(t, s, today.AddDays(40))) {
			t.Fatal("the rebuilt index gives another agenda than the interviews")
		}
	})
}

// agendaLines draws up the agenda of s on day, one line an item.
func agendaLines(t *testing.T, s *Store, day journal.Date) []string {
	t.Helper()
	a, err := s.Agenda(day)
	must(t, err)
	return linesOf(a)
}

// agendaFromInterviews draws up the agenda of s on day from every whole
// interview.
func agendaFromInterviews(t *testing.T, s *Store, day journal.Date) []string {
	t.Helper()
	all, err := s.Interviews()
	must(t, err)
	return linesOf(journal.BuildAgenda(all, day))
}

func linesOf(a journal.Agenda) []string {
	var out []string
	for name, group := range map[string][]journal.AgendaItem{"overdue": a.Overdue, "today": a.Today, "week": a.ThisWeek,
		"later": a.Later, "stale": a.Stale, "snoozed": a.Snoozed} {
		for i, it := range group {
			out = append(out, fmt.Sprintf("%s %d %d/%s %s %s %+v", name, i, it.InterviewID, it.FollowUp.ID, it.Company, it.Role, it.FollowUp))
		}
	}
	slices.Sort(out)
	return out
}

// TestEncryptJournalOfVersion2: a journal written before values had
// checksums, whose follow-up index has its earlier name, is upgraded as it
// is opened and then encrypted; its first agenda replaces the old index.
func TestEncryptJournalOfVersion2(t *testing.T) {
	fastKDF(t)
	data, err := os.ReadFile(filepath.Join("testdata", "journal-v2.db"))
	must(t, err)
	path := filepath.Join(t.TempDir(), "journal.db")
	must(t, os.WriteFile(path, data, 0o600))
	if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
		t.Fatalf("encrypting: %v", err)
	}
	s, err := Open(path, Options{Passphrase: passOf(testPass)})
	must(t, err)
	defer s.Close()
	today := journal.NewDate(2026, time.March, 14)
	if got, want := agendaLines(t, s, today), agendaFromInterviews(t, s, today); !slices.Equal(got, want) || len(want) == 0 {
		t.Fatalf("agenda has %d items, want %d (and some)", len(got), len(want))
	}
	rep, err := s.Check()
	must(t, err)
	if !rep.OK() {
		t.Fatalf("check: %+v", rep.Problems)
	}
}
