//go:build !windows && !plan9 && !solaris && !aix && !android

package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/store"
)

// boltHead is how a journal file starts, enough for a leftover copy of one
// to be recognised.
func boltHead(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	must(t, s.Close())
	b, err := os.ReadFile(path)
	must(t, err)
	return b[:4096]
}

// plantTemp writes a temporary file last modified age ago.
func plantTemp(t *testing.T, path string, content []byte, age time.Duration) {
	t.Helper()
	must(t, os.WriteFile(path, content, 0o600))
	setWritten(t, path, time.Now().Add(-age))
}

// lockAsWriter holds the lock a debrief writing the temporary file holds,
// until the test ends.
func lockAsWriter(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	must(t, err)
	must(t, syscall.Flock(int(f.Fd()), syscall.LOCK_SH))
	t.Cleanup(func() { f.Close() })
}

// leftoverCase is a temporary file planted before a command and whether
// that command must remove it.
type leftoverCase struct {
	name    string
	content []byte
	age     time.Duration
	locked  bool
	removed bool
}

func plantAll(t *testing.T, dir string, cases []leftoverCase) {
	t.Helper()
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		plantTemp(t, p, c.content, c.age)
		if c.locked {
			lockAsWriter(t, p)
		}
	}
}

func checkAll(t *testing.T, dir string, cases []leftoverCase) {
	t.Helper()
	for _, c := range cases {
		_, err := os.Stat(filepath.Join(dir, c.name))
		switch gone := os.IsNotExist(err); {
		case c.removed && !gone:
			t.Errorf("%s was left", c.name)
		case !c.removed && !gone && err != nil:
			t.Error(err)
		case !c.removed && gone:
			t.Errorf("%s was removed", c.name)
		}
	}
}

// leftoverCases are the files of one folder: ours that a stopped debrief
// left, ours that a running one is writing, and files that are not ours.
func leftoverCases(t *testing.T, job string) []leftoverCase {
	head := boltHead(t)
	return []leftoverCase{
		{name: ".debrief-" + job + "-111.tmp", content: head, age: 2 * time.Minute, removed: true},
		{name: ".debrief-" + job + "-222.tmp", content: nil, age: 2 * time.Minute, removed: true},
		// Being written now: locked by its writer, or modified a moment ago.
		{name: ".debrief-" + job + "-333.tmp", content: head, age: time.Hour, locked: true},
		{name: ".debrief-" + job + "-444.tmp", content: head, age: 0},
		// Written under a clock set ahead: only the lock tells.
		{name: ".debrief-" + job + "-888.tmp", content: head, age: -48 * time.Hour, removed: true},
		{name: ".debrief-" + job + "-999.tmp", content: head, age: -48 * time.Hour, locked: true},
		// Names earlier versions used, which they did not lock.
		{name: "." + job + "-555.tmp", content: head, age: 48 * time.Hour, removed: true},
		{name: "." + job + "-666.tmp", content: head, age: time.Hour},
		// Someone else's file with a name like ours.
		{name: "." + job + "-777.tmp", content: []byte("my own notes"), age: 48 * time.Hour},
	}
}

func TestLeftoversRemoved(t *testing.T) {
	t.Run("BackupFile", func(t *testing.T) {
		// A killed 'debrief backup FILE' left its copy in FILE's folder;
		// the next backup there removes it.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 2)
		must(t, s.Close())
		dir := t.TempDir()
		cases := append(leftoverCases(t, "backup"), leftoverCases(t, "snapshot")...)
		plantAll(t, dir, cases)
		if _, err := store.BackupFile(path, filepath.Join(dir, "copy.db"), false); err != nil {
			t.Fatal(err)
		}
		checkAll(t, dir, cases)
	})

	t.Run("Restore", func(t *testing.T) {
		path, backup, _ := journalWithBackup(t)
		cases := leftoverCases(t, "restore")
		plantAll(t, filepath.Dir(path), cases)
		if _, err := store.Restore(path, backup, restoreTime); err != nil {
			t.Fatal(err)
		}
		checkAll(t, filepath.Dir(path), cases)
	})

	t.Run("OpeningToWrite", func(t *testing.T) {
		// The app and the commands that change the journal clean the
		// journal's folder and its backups folder.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		must(t, s.Close())
		backups := store.BackupDirOf(path)
		must(t, os.MkdirAll(backups, 0o700))
		beside := append(leftoverCases(t, "restore"), leftoverCases(t, "snapshot")...)
		inBackups := append(leftoverCases(t, "backup"), leftoverCases(t, "snapshot")...)
		plantAll(t, filepath.Dir(path), beside)
		plantAll(t, backups, inBackups)
		takeDaily(t, path, time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
		checkAll(t, filepath.Dir(path), beside)
		checkAll(t, backups, inBackups)
		// Also when no backup is due.
		plantAll(t, backups, inBackups[:1])
		if p := takeDaily(t, path, time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)); p != "" {
			t.Fatalf("a second backup the same day: %s", p)
		}
		checkAll(t, backups, inBackups[:1])
	})
}

// TestLeftoversInABackupFolder kills a backup into a folder of the user's
// choosing, in effect: the next start of a debrief that writes removes the
// copy it left there, and nothing else.
func TestLeftoversInABackupFolder(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 2)
	must(t, s.Close())
	elsewhere := t.TempDir()
	if _, err := store.BackupFile(path, filepath.Join(elsewhere, "first.db"), false); err != nil {
		t.Fatal(err)
	}
	// What a backup killed mid-copy leaves: a hidden, unlocked copy.
	left := filepath.Join(elsewhere, ".debrief-backup-1234.tmp")
	must(t, os.WriteFile(left, []byte("half a journal"), 0o600))
	setWritten(t, left, time.Now().Add(-time.Hour))

	s, err = store.Open(path)
	must(t, err)
	s.StartDailyBackup(0, nil)
	must(t, s.Close())
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the leftover copy is still there after the next start")
	}
	if _, err := os.Stat(filepath.Join(elsewhere, "first.db")); err != nil {
		t.Fatal("the backup itself was removed")
	}
}
