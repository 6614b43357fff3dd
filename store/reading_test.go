package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestOpenReading(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 3)
		must(t, s.Close())
		before, _ := os.ReadFile(path)
		r, err := store.OpenReading(path)
		must(t, err)
		if sums, err := r.Summaries(); err != nil || len(sums) != 3 {
			t.Fatalf("%d summaries, %v", len(sums), err)
		}
		must(t, r.Close())
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Fatal("reading wrote to the journal")
		}
		if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
			t.Fatalf("reading wrote beside the journal: %v", entries)
		}
		// It cannot write.
		if err := r.CreateInterview(sample()); err == nil {
			t.Fatal("a journal opened for reading took a write")
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "debrief")
		_, err := store.OpenReading(filepath.Join(dir, "journal.db"))
		if journal.ErrorCode(err) != journal.ENotFound {
			t.Fatalf("got %v", err)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Fatal("reading a missing journal created its folder")
		}
	})

	t.Run("OlderJournalIsRead", func(t *testing.T) {
		// Read as it is, not upgraded: that is for the next opening to
		// write.
		path, want := legacyJournal(t)
		before, _ := os.ReadFile(path)
		r, err := store.OpenReading(path)
		must(t, err)
		got, err := r.Summaries()
		if err != nil || len(got) != len(want) {
			t.Fatalf("%d summaries, %v", len(got), err)
		}
		must(t, r.Close())
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Fatal("reading upgraded the journal")
		}
		if _, err := os.Stat(store.BackupDirOf(path)); !os.IsNotExist(err) {
			t.Fatal("reading took a backup")
		}
	})
}
