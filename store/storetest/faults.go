package storetest

import (
	"os"
	"sync"
)

// Faults opens the journal's file for bbolt (pass Faults.OpenFile as
// store.Options.OpenFile) and can then make every write to it fail until it
// is healed. Reads, and bbolt's memory map of the file, keep working.
type Faults struct {
	mu       sync.Mutex
	file     *os.File // the file bbolt writes through
	path     string
	saved    int // the original descriptor while broken, -1 otherwise
	broken   bool
	injected int
}

// OpenFile opens a file as os.OpenFile does and remembers the last one opened
// for writing: that is the journal bbolt keeps using.
func (f *Faults) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	file, err := os.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	if flag&(os.O_WRONLY|os.O_RDWR) != 0 {
		f.mu.Lock()
		f.file, f.path, f.saved, f.broken = file, name, -1, false
		f.mu.Unlock()
	}
	return file, nil
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
