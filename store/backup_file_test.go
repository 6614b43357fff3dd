package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestBackupFileAsksBeforeReplacing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 1)
	must(t, s.Close())
	dst := filepath.Join(t.TempDir(), "copy.db")
	if _, err := store.BackupFile(path, dst, false); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	setWritten(t, dst, old)
	before, _ := os.ReadFile(dst)
	_, err = store.BackupFile(path, dst, false)
	if journal.ErrorCode(err) != journal.EConflict || !strings.Contains(journal.ErrorMessage(err), "--force") {
		t.Fatalf("got %v", err)
	}
	if after, _ := os.ReadFile(dst); string(after) != string(before) {
		t.Fatal("the earlier backup changed")
	}
	if _, err := store.BackupFile(path, dst, true); err != nil {
		t.Fatalf("replacing an earlier backup: %v", err)
	}
	if info, _ := os.Stat(dst); !info.ModTime().After(old) {
		t.Fatal("the earlier backup was not replaced")
	}
	if _, err := os.Stat(store.SessionLockPath(dst)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("replacing a backup left a lock file beside it")
	}
}

// noHiddenFiles fails the test when a temporary copy is left in dir.
func noHiddenFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestBackupFileNeverReplacesAJournal gives backup --force a journal in
// use, a journal restored from a backup, and a backup open on a screen:
// none is replaced.
func TestBackupFileNeverReplacesAJournal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 1)
	must(t, s.Close())

	other := filepath.Join(dir, "other.db")
	o, err := store.Open(other)
	must(t, err)
	fillJournal(t, o, 7)
	must(t, o.Close())
	backup := filepath.Join(dir, "backup.db")
	if _, err := store.BackupFile(other, backup, false); err != nil {
		t.Fatal(err)
	}
	restored := filepath.Join(dir, "restored.db")
	if _, err := store.Restore(restored, backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, dst := range []string{other, restored} {
		before, _ := os.ReadFile(dst)
		_, err := store.BackupFile(path, dst, true)
		if journal.ErrorCode(err) != journal.EConflict || !strings.Contains(journal.ErrorMessage(err), "not a backup") {
			t.Fatalf("--force over the journal %s: %v", filepath.Base(dst), err)
		}
		if after, _ := os.ReadFile(dst); string(after) != string(before) {
			t.Fatalf("the journal %s changed", filepath.Base(dst))
		}
	}

	// A backup someone opened in debrief is in use as a journal, during
	// that session and after it.
	second := filepath.Join(dir, "second.db")
	if _, err := store.BackupFile(path, second, false); err != nil {
		t.Fatal(err)
	}
	if _, err := store.BackupFile(path, second, true); err != nil {
		t.Fatalf("--force over an earlier backup: %v", err)
	}
	app, err := store.Open(backup)
	must(t, err)
	must(t, app.HoldSession())
	for _, when := range []string{"open", "closed"} {
		_, err = store.BackupFile(path, backup, true)
		if code := journal.ErrorCode(err); code != journal.ELocked && code != journal.EConflict {
			t.Fatalf("--force over a backup %s in debrief: %v", when, err)
		}
		must(t, app.Close())
	}
}
