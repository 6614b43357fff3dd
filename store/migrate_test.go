package store_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestOpenDoesNotWriteAnUpToDateJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.CreateInterview(sample())
	s.Close()
	before, _ := os.ReadFile(path)
	s, err = store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Summaries(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("opening and reading the journal wrote to it")
	}
}

// copyFixture copies a journal of store/testdata into a temporary folder
// and returns the copy's path.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "journal.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// legacyJournal writes a journal as version 1 of the layout kept it, with
// every summary in JSON, and returns its path and its summaries. It starts
// from a journal that a debrief of version 2 wrote.
func legacyJournal(t *testing.T) (string, []journal.Summary) {
	t.Helper()
	path := copyFixture(t, "journal-v2.db")
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		sums := tx.Bucket([]byte("summaries"))
		c := sums.Cursor()
		for k, _ := c.Last(); k != nil; k, _ = c.Prev() {
			sm := want[0]
			for _, w := range want {
				if w.ID == uint64(k[len(k)-1]) {
					sm = w
				}
			}
			d, _ := json.Marshal(sm)
			if err := sums.Put(append([]byte(nil), k...), []byte(`{"v":1,"d":`+string(d)+`}`)); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte{0, 0, 0, 0, 0, 0, 0, 1})
	})
	if err != nil {
		t.Fatal(err)
	}
	return path, want
}

func TestMigrateCompactsSummaries(t *testing.T) {
	path, want := legacyJournal(t)

	t.Run("ReadOnlyReadsJSON", func(t *testing.T) {
		s, err := store.Open(path, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		got, err := s.Summaries()
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("read-only summaries of a version 1 journal: %v\n got %+v\nwant %+v", err, got, want)
		}
	})

	t.Run("OpenMigrates", func(t *testing.T) {
		s, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Summaries()
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("summaries after the upgrade: %v\n got %+v\nwant %+v", err, got, want)
		}
		mustPassCheck(t, s, "after the upgrade from version 1")
		backup := store.BackupPath(path, fmt.Sprintf("before-v%d", store.SchemaVersion))
		s.Close()
		if _, err := os.Stat(backup); err != nil {
			t.Fatalf("no backup before the upgrade: %v", err)
		}
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.View(func(tx *bolt.Tx) error {
			if v := tx.Bucket([]byte("meta")).Get([]byte("schema")); v[7] != store.SchemaVersion {
				t.Errorf("schema is %v after the upgrade", v)
			}
			return tx.Bucket([]byte("summaries")).ForEach(func(k, v []byte) error {
				if v[0] == '{' {
					t.Errorf("summary %x is still JSON", k)
				}
				return nil
			})
		})
	})
}
