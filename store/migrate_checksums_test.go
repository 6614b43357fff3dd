package store_test

import (
	"bytes"
	"cmp"
	"encoding/hex"
	"fmt"
	"os"
	"reflect"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// journalContents is everything a journal shows, read through the store.
type journalContents struct {
	Interviews []*journal.Interview
	Summaries  []journal.Summary
	Drafts     []journal.Draft
	Reviews    []*journal.Review
	Agenda     []*journal.Interview
}

func readContents(t *testing.T, s *store.Store) journalContents {
	t.Helper()
	var c journalContents
	var err error
	if c.Interviews, err = s.Interviews(); err != nil {
		t.Fatal(err)
	}
	if c.Summaries, err = s.Summaries(); err != nil {
		t.Fatal(err)
	}
	if c.Drafts, err = s.Drafts(); err != nil {
		t.Fatal(err)
	}
	if c.Reviews, err = s.Reviews(); err != nil {
		t.Fatal(err)
	}
	if c.Agenda, err = s.FollowUpInterviews(journal.NewDate(2025, 1, 1)); err != nil {
		t.Fatal(err)
	}
	// The index lists them in the order of their horizons, a journal read
	// without one in the order of their IDs.
	slices.SortFunc(c.Agenda, func(a, b *journal.Interview) int { return cmp.Compare(a.ID, b.ID) })
	return c
}

// rawValues returns every value of the journal's records, by bucket and key.
func rawValues(t *testing.T, path string) map[string][]byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string][]byte{}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if bytes.HasPrefix(name, []byte("followups")) || bytes.HasPrefix(name, []byte("analysis")) {
				return nil // derived data, rebuilt whenever the rules or records change
			}
			return b.ForEach(func(k, v []byte) error {
				if string(name) == "meta" && string(k) == "followup-rules" {
					return nil // written with the index
				}
				out[fmt.Sprintf("%s/%x", name, k)] = bytes.Clone(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMigrateAddsChecksums(t *testing.T) {
	// journal-v2.db was written by debrief before values had checksums: 12
	// demo interviews, a draft, a review and the follow-up index.
	path := copyFixture(t, "journal-v2.db")
	before := rawValues(t, path)

	ro, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	want := readContents(t, ro)
	if rep := mustCheck(t, ro); !rep.OK() || rep.Interviews != 12 || rep.Drafts != 1 || rep.Reviews != 1 {
		t.Fatalf("the version 2 journal read-only: %+v", rep)
	}
	ro.Close()
	if len(want.Agenda) == 0 {
		t.Fatal("the fixture has no follow-up to check the index with")
	}

	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := readContents(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("the journal reads differently after the upgrade:\n got %+v\nwant %+v", got, want)
	}
	mustPassCheck(t, s, "after the upgrade")
	s.Close()
	if _, err := os.Stat(store.BackupPath(path, fmt.Sprintf("before-v%d", store.SchemaVersion))); err != nil {
		t.Fatalf("no backup before the upgrade: %v", err)
	}

	// Every record's value is the same bytes with four more at the end;
	// the version and the index's pointers are as they were, and the
	// journal now keeps its count of interviews.
	after := rawValues(t, path)
	count := "meta/" + hex.EncodeToString([]byte("interview-count"))
	if !bytes.Equal(after[count], []byte{0, 0, 0, 0, 0, 0, 0, 12}) {
		t.Errorf("the interview count after the upgrade is %v, want 12", after[count])
	}
	delete(after, count)
	if len(after) != len(before) {
		t.Fatalf("%d values before the upgrade, %d after", len(before), len(after))
	}
	for k, old := range before {
		v := after[k]
		switch {
		case k == "meta/736368656d61": // "schema"
			if !bytes.Equal(v, []byte{0, 0, 0, 0, 0, 0, 0, store.SchemaVersion}) {
				t.Errorf("schema is %v", v)
			}
		case len(v) != len(old)+4 || !bytes.Equal(v[:len(old)], old):
			t.Errorf("%s: %q became %q", k, old, v)
		}
	}

	// Opening again finds nothing to do.
	s, err = store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := readContents(t, s); !reflect.DeepEqual(got, want) {
		t.Fatal("the journal reads differently when opened again")
	}
	s.Close()
}

func TestMigrateKeepsDamagedRecords(t *testing.T) {
	// A record damaged before the upgrade neither stops it nor passes for
	// sound after it.
	path := copyFixture(t, "journal-v2.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("interviews")).Put(store.IDKey(4), []byte(`{"v":1,"d":{"id":`))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("a damaged record stopped the upgrade: %v", err)
	}
	defer s.Close()
	wantProblem(t, s, 4, "interview", "damaged")
	if _, err := s.Interview(5); err != nil {
		t.Fatalf("the sound records do not read: %v", err)
	}
}
