//go:build linux

package cli_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// readOnlyJournal returns a journal holding ivs that cannot be written:
// its file is made read-only, and when the test runs as root (whom file
// modes do not stop) it lies on a file system mounted read-only. It skips
// where neither can be had.
func readOnlyJournal(t *testing.T, ivs ...journal.Interview) string {
	t.Helper()
	src := seedJournal(t, ivs...)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		if err := os.Chmod(src, 0o400); err != nil {
			t.Fatal(err)
		}
		return src
	}
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=4m"); err != nil {
		t.Skipf("cannot mount a file system here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	db := filepath.Join(dir, "journal.db")
	if err := os.WriteFile(db, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only here: %v", err)
	}
	return db
}
