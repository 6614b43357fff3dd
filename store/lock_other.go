//go:build windows || plan9 || solaris || aix || android

package store

import (
	"errors"
	"os"
	"time"
)

// errLockTimeout is returned by lockFile when another process holds the
// lock for longer than the timeout.
var errLockTimeout = errors.New("the file is locked by another process")

// lockFile does not lock on this platform. Where bbolt locks with fcntl or
// LockFileEx, a lock taken on a second handle would not show whether another
// debrief has the journal open; on Windows, replacing a file another process
// holds open fails anyway, which keeps restore from swapping it.
func lockFile(f *os.File, timeout time.Duration) (func(), error) {
	return func() {}, nil
}

// lockShared does not lock on this platform (see lockFile).
func lockShared(f *os.File) error { return nil }
