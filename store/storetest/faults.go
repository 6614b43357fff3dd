package storetest

import (
	"os"
	"sync"
)

// Faults opens the journal's file for bbolt (pass Faults.OpenFile as
// store.Options.OpenFile) and can make every write to it fail until it is
// healed. The store opens the file afresh for each operation, so Break and
// Heal take effect from the next operation on; reads keep working.
type Faults struct {
	mu       sync.Mutex
	broken   bool
	injected int
}

// OpenFile opens a file as os.OpenFile does. While writes are broken, a
// file opened for writing is opened read-only instead, so bbolt can still
// lock and read it but every write fails with EBADF.
func (f *Faults) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	f.mu.Lock()
	broken := f.broken
	f.mu.Unlock()
	if broken && flag&(os.O_WRONLY|os.O_RDWR) != 0 {
		flag = flag&^(os.O_WRONLY|os.O_RDWR|os.O_CREATE|os.O_TRUNC|os.O_APPEND) | os.O_RDONLY
	}
	return os.OpenFile(name, flag, perm)
}

// Broken reports whether writes fail now.
func (f *Faults) Broken() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.broken
}

// Injected returns how many times Break has made writes fail.
func (f *Faults) Injected() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.injected
}
