package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/store"
)

// linkedJournal moves the journal at path into a folder of its own and
// leaves a symbolic link at path leading to it (as --db might name a
// journal kept in a synced folder), and returns where it went.
func linkedJournal(t *testing.T, path string) string {
	t.Helper()
	real := filepath.Join(t.TempDir(), "synced", "main.db")
	must(t, os.MkdirAll(filepath.Dir(real), 0o700))
	must(t, os.Rename(path, real))
	rel, err := filepath.Rel(filepath.Dir(path), real)
	must(t, err)
	must(t, os.Symlink(rel, path))
	return real
}

// isLinkTo fails the test unless path is still a symbolic link to real.
func isLinkTo(t *testing.T, path, real string) {
	t.Helper()
	info, err := os.Lstat(path)
	must(t, err)
	if info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("%s is no longer a link", path)
	}
	a, _ := os.Stat(path)
	b, _ := os.Stat(real)
	if !os.SameFile(a, b) {
		t.Fatalf("%s no longer leads to %s", path, real)
	}
}

func TestThroughASymbolicLink(t *testing.T) {
	t.Run("Restore", func(t *testing.T) {
		link, backup, backedUp := journalWithBackup(t)
		real := linkedJournal(t, link)
		rep, err := store.Restore(link, backup, restoreTime)
		must(t, err)
		isLinkTo(t, link, real)
		if got := exportAt(t, real); string(got) != string(backedUp) {
			t.Fatal("the journal the link leads to is not the backup")
		}
		if filepath.Dir(rep.Replaced) != filepath.Dir(real) {
			t.Fatalf("the replaced journal was kept at %s, not beside %s", rep.Replaced, real)
		}
		if got := exportAt(t, rep.Replaced); len(got) <= len(backedUp) {
			t.Fatal("the replaced journal is not the one before the restore")
		}
		// Nothing was left beside the link.
		entries, _ := os.ReadDir(filepath.Dir(link))
		if len(entries) != 1 {
			t.Fatalf("beside the link: %v", entries)
		}
	})

	t.Run("Backup", func(t *testing.T) {
		link, _, _ := journalWithBackup(t)
		real := linkedJournal(t, link)
		want := filepath.Join(filepath.Dir(real), "backups", "main-manual.db")
		if got := store.BackupPath(link, "manual"); got != want {
			t.Fatalf("the backup goes to %s, want %s", got, want)
		}
		res, err := store.BackupFile(link, store.BackupPath(link, "manual"), false)
		if err != nil || !res.Check.OK() || res.Check.Interviews != 7 {
			t.Fatalf("%+v %v", res, err)
		}
		isLinkTo(t, link, real)
		if list, err := store.ListBackups(link); err != nil || len(list) != 1 || list[0].Path != want {
			t.Fatalf("list %+v %v", list, err)
		}
		// The day's backup goes there too.
		if p := takeDaily(t, link, restoreTime); filepath.Dir(p) != filepath.Dir(want) {
			t.Fatalf("the day's backup went to %s", p)
		}
		isLinkTo(t, link, real)
	})

	t.Run("BackupOverALink", func(t *testing.T) {
		// A backup FILE that is a link to an earlier backup: --force
		// writes the earlier backup, and the link stays.
		path, backup, _ := journalWithBackup(t)
		link := filepath.Join(t.TempDir(), "latest.db")
		must(t, os.Symlink(backup, link))
		res, err := store.BackupFile(path, link, true)
		if err != nil || res.Check.Interviews != 7 {
			t.Fatalf("%+v %v", res, err)
		}
		isLinkTo(t, link, backup)
		if n := checkBackup(t, backup); n != 7 {
			t.Fatalf("the earlier backup holds %d interviews", n)
		}
	})
}
