package store_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

	t.Run("OlderJournalIsUpgraded", func(t *testing.T) {
		// This version may not read an older layout as it is: the journal
		// is upgraded, after a backup, as any opening would.
		path, want := legacyJournal(t)
		r, err := store.OpenReading(path)
		must(t, err)
		got, err := r.Summaries()
		if err != nil || len(got) != len(want) {
			t.Fatalf("%d summaries, %v", len(got), err)
		}
		must(t, r.Close())
		if _, err := os.Stat(store.BackupPath(path, fmt.Sprintf("before-v%d", store.SchemaVersion))); err != nil {
			t.Fatalf("no backup before the upgrade: %v", err)
		}
		// Read again, nothing more is written.
		before := treeOf(t, filepath.Dir(path))
		r, err = store.OpenReading(path)
		must(t, err)
		if _, err := r.Summaries(); err != nil {
			t.Fatal(err)
		}
		must(t, r.Close())
		if after := treeOf(t, filepath.Dir(path)); after != before {
			t.Fatalf("reading an upgraded journal wrote:\n%s\n%s", before, after)
		}
	})
}

// treeOf describes the files under dir: names, sizes and times.
func treeOf(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %d\n", p, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	must(t, err)
	return b.String()
}
