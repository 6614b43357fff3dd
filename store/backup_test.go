package store_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// batchSize is how many interviews each write of the background writer
// adds in one transaction. A backup that caught half a transaction would
// hold a count that is not a multiple of it.
const batchSize = 7

// startWriter adds batches of interviews through s until stop is closed,
// and returns a channel that gives the writer's error (or nil) at the end,
// and a counter of the batches committed. pause is the time between two
// batches, as between the saves of a person typing.
func startWriter(s *store.Store, stop <-chan struct{}, pause time.Duration) (<-chan error, *atomic.Int64) {
	done := make(chan error, 1)
	var batches atomic.Int64
	go func() {
		for n := 0; ; n++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			batch := make([]journal.Interview, batchSize)
			for i := range batch {
				batch[i] = *sample()
				batch[i].Company = fmt.Sprintf("Writer %d-%d", n, i)
				batch[i].Date = journal.NewDate(2026, 2, 1).AddDays(n % 60)
			}
			if _, err := s.Import(batch, nil, false, false); err != nil {
				done <- err
				return
			}
			batches.Add(1)
			time.Sleep(pause)
		}
	}()
	return done, &batches
}

// checkBackup opens a backup, checks it, and returns how many interviews
// it holds.
func checkBackup(t *testing.T, path string) int {
	t.Helper()
	b, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	defer b.Close()
	rep, err := b.Check()
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("the backup has problems: %v", rep.Problems)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode: %v %v", fi.Mode().Perm(), err)
	}
	return rep.Interviews
}

func TestBackup(t *testing.T) {
	t.Run("WhileAnotherGoroutineWrites", func(t *testing.T) {
		s := MustOpen(t)
		fillJournal(t, s, 21)
		stop := make(chan struct{})
		done, batches := startWriter(s, stop, 0)
		dir := t.TempDir()
		var counts []int
		for i := range 6 {
			for batches.Load() < int64(i) {
				time.Sleep(time.Millisecond)
			}
			dst := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
			if err := s.Backup(dst); err != nil {
				t.Fatal(err)
			}
			n := checkBackup(t, dst)
			if (n-21)%batchSize != 0 {
				t.Fatalf("the backup holds %d interviews: part of a transaction", n)
			}
			counts = append(counts, n)
		}
		close(stop)
		must(t, <-done)
		if !slices.IsSorted(counts) || counts[len(counts)-1] == 21 {
			t.Fatalf("the backups did not follow the writes: %v", counts)
		}
	})

	t.Run("WhileAnotherHandleWrites", func(t *testing.T) {
		// Another debrief saving as a person types: each of its saves
		// holds the journal a moment, and a backup taken meanwhile holds
		// whole transactions only.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		defer s.Close()
		fillJournal(t, s, 14)
		stop := make(chan struct{})
		done, batches := startWriter(s, stop, 5*time.Millisecond)
		for batches.Load() < 2 {
			time.Sleep(time.Millisecond)
		}
		dir := t.TempDir()
		for i := range 4 {
			dst := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
			res, err := store.BackupFile(path, dst, false)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Check.OK() {
				t.Fatalf("problems: %v", res.Check.Problems)
			}
			n := checkBackup(t, dst)
			if n != res.Check.Interviews || (n-14)%batchSize != 0 || n < 14+2*batchSize {
				t.Fatalf("the backup holds %d interviews (check said %d)", n, res.Check.Interviews)
			}
		}
		close(stop)
		must(t, <-done)
		noHiddenFiles(t, dir)
	})

	t.Run("ErrLocked", func(t *testing.T) {
		// A debrief busy with a long write holds bbolt's lock for longer
		// than a backup waits: the backup says so and writes nothing.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 9)
		must(t, s.Close())
		held, err := bolt.Open(path, 0o600, nil)
		must(t, err)
		defer held.Close()
		dir := t.TempDir()
		dst := filepath.Join(dir, "b.db")
		if _, err := store.BackupFile(path, dst, false); journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("got %v", err)
		}
		if _, err := os.Stat(dst); !errors.Is(err, os.ErrNotExist) {
			t.Fatal("a backup was written")
		}
		noHiddenFiles(t, dir)
	})

	t.Run("FileWhenClosed", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 5)
		s.Close()
		dst := filepath.Join(t.TempDir(), "copy.db")
		res, err := store.BackupFile(path, dst, false)
		if err != nil || !res.Check.OK() || res.Check.Interviews != 5 || res.Check.Drafts != 1 || res.Check.Reviews != 1 {
			t.Fatalf("%+v %v", res, err)
		}
	})

	t.Run("ErrTheJournalItself", func(t *testing.T) {
		s := MustOpen(t)
		fillJournal(t, s, 2)
		before, _ := os.ReadFile(s.Path())
		if err := s.Backup(s.Path()); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		if after, _ := os.ReadFile(s.Path()); string(before) != string(after) {
			t.Fatal("the journal changed")
		}
	})

	t.Run("ErrOverwritesOtherFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		s.Close()
		notes := filepath.Join(t.TempDir(), "notes.txt")
		must(t, os.WriteFile(notes, []byte("my notes"), 0o644))
		if _, err := store.BackupFile(path, notes, true); journal.ErrorCode(err) != journal.EConflict {
			t.Fatalf("got %v", err)
		}
		if b, _ := os.ReadFile(notes); string(b) != "my notes" {
			t.Fatal("the other file was overwritten")
		}
	})

	t.Run("ErrNoJournal", func(t *testing.T) {
		dir := t.TempDir()
		_, err := store.BackupFile(filepath.Join(dir, "journal.db"), filepath.Join(dir, "b.db"), false)
		if journal.ErrorCode(err) != journal.ENotFound {
			t.Fatalf("got %v", err)
		}
	})
}

func TestDailyBackups(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return day }
	fillJournal(t, s, 3)

	var reported []string
	report := func(p string, err error) {
		if err != nil {
			t.Error(err)
		}
		reported = append(reported, p)
	}
	s.StartDailyBackup(0, report)
	must(t, s.Close()) // waits for the backup
	want := filepath.Join(filepath.Dir(path), "backups", "journal-daily-2026-03-01.db")
	if len(reported) != 1 || reported[0] != want {
		t.Fatalf("reported %v, want %s", reported, want)
	}
	if n := checkBackup(t, want); n != 3 {
		t.Fatalf("the daily backup holds %d interviews", n)
	}

	// Later the same day: nothing to do.
	s, err = store.Open(path)
	must(t, err)
	s.Now = func() time.Time { return day.Add(8 * time.Hour) }
	s.StartDailyBackup(0, report)
	must(t, s.Close())
	if len(reported) != 1 {
		t.Fatalf("a second backup on the same day: %v", reported)
	}

	// Ten more days: only the last seven are kept.
	for i := 1; i <= 10; i++ {
		s, err = store.Open(path)
		must(t, err)
		today := day.AddDate(0, 0, i)
		s.Now = func() time.Time { return today }
		s.StartDailyBackup(0, report)
		must(t, s.Close())
	}
	list, err := store.ListBackups(path)
	must(t, err)
	var labels []string
	for _, b := range list {
		labels = append(labels, b.Label)
		if b.Size == 0 || b.Time.IsZero() || filepath.Dir(b.Path) != store.BackupDirOf(path) {
			t.Errorf("backup %+v", b)
		}
	}
	slices.Sort(labels)
	wantLabels := []string{}
	for i := 5; i <= 11; i++ {
		wantLabels = append(wantLabels, fmt.Sprintf("daily-2026-03-%02d", i))
	}
	if !slices.Equal(labels, wantLabels) {
		t.Fatalf("kept %v, want %v", labels, wantLabels)
	}
}

func TestListBackups(t *testing.T) {
	s := MustOpen(t)
	fillJournal(t, s, 1)
	if list, err := store.ListBackups(s.Path()); err != nil || len(list) != 0 {
		t.Fatalf("before any backup: %v %v", list, err)
	}
	first, err := s.BackupBeside("before-v2")
	must(t, err)
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(first, old, old))
	second, err := s.BackupBeside("manual-2026-03-14T100000")
	must(t, err)
	// Files of other journals and stray files in the folder are not listed.
	must(t, os.WriteFile(filepath.Join(s.BackupDir(), "other-daily-2026-03-01.db"), nil, 0o600))
	must(t, os.WriteFile(filepath.Join(s.BackupDir(), "journal-notes.txt"), nil, 0o600))
	list, err := store.ListBackups(s.Path())
	must(t, err)
	if len(list) != 2 || list[0].Path != second || list[1].Path != first || list[1].Label != "before-v2" {
		t.Fatalf("list %+v", list)
	}
}

// TestDailyBackupWaitsItsTurn holds the day's backup back, as the app does
// while it draws its first frame, and closes the journal before its turn:
// the backup is taken then, not skipped and not waited for.
func TestDailyBackupWaitsItsTurn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 2)
	var reported []string
	s.StartDailyBackup(time.Hour, func(p string, err error) {
		if err != nil {
			t.Error(err)
		}
		reported = append(reported, p)
	})
	if list, err := store.ListBackups(path); err != nil || len(list) != 0 {
		t.Fatalf("a backup was taken before its turn: %v %v", list, err)
	}
	must(t, s.Close()) // starts the backup at once and waits for it
	if len(reported) != 1 {
		t.Fatalf("reported %v, want one backup", reported)
	}
	if n := checkBackup(t, reported[0]); n != 2 {
		t.Fatalf("the daily backup holds %d interviews", n)
	}
}
