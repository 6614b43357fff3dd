//go:build !windows && !plan9 && !solaris && !aix && !android

package store

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// errLockTimeout is returned by lockFile when another process holds the
// lock for longer than the timeout.
var errLockTimeout = errors.New("the file is locked by another process")

// lockFile takes the exclusive lock bbolt takes on a journal it opens for
// writing (flock on this platform), waiting up to timeout, without reading
// the file: restore must also replace a journal bbolt would refuse to open.
// The returned function releases the lock.
func lockFile(f *os.File, timeout time.Duration) (func(), error) {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, nil
		case !errors.Is(err, syscall.EWOULDBLOCK):
			return nil, err
		case time.Now().After(deadline):
			return nil, errLockTimeout
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// lockShared takes a shared lock on f without waiting; a shared lock is
// refused only while someone holds the exclusive one.
func lockShared(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
}
