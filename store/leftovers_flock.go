//go:build !windows && !plan9 && !solaris && !aix && !android

package store

import (
	"os"
	"syscall"
)

// holdTemp takes a shared lock on a temporary file being written, which
// lasts until f is closed or the process ends. A shared lock, so that
// bbolt can still take its own on a file it opens read-only.
func holdTemp(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
}

// tempInUse reports whether a debrief holds the lock of the temporary file
// name, without waiting. A file that cannot be opened to find out counts as
// in use.
func tempInUse(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return true
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err != nil {
		return true
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// lockTempFile opens the temporary file name and locks it until the
// returned function is called: for a file bbolt wrote, which bbolt locked
// itself while it had it open.
func lockTempFile(name string) func() {
	f, err := os.Open(name)
	if err != nil {
		return func() {}
	}
	holdTemp(f)
	return func() { f.Close() }
}
