//go:build linux

package storetest

import (
	"errors"
	"os"
	"syscall"
)

// Break makes every later write to the journal fail with EBADF: a read-only
// descriptor of the same file takes the place of the one bbolt writes
// through. The original descriptor is kept open meanwhile, so the journal's
// lock, which belongs to it, stays held.
func (f *Faults) Break() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.file == nil {
		return errors.New("storetest: no journal was opened for writing")
	}
	if f.broken {
		return nil
	}
	fd := int(f.file.Fd())
	saved, err := syscall.Dup(fd)
	if err != nil {
		return err
	}
	ro, err := os.Open(f.path)
	if err != nil {
		syscall.Close(saved)
		return err
	}
	defer ro.Close()
	if err := syscall.Dup3(int(ro.Fd()), fd, syscall.O_CLOEXEC); err != nil {
		syscall.Close(saved)
		return err
	}
	f.saved, f.broken = saved, true
	f.injected++
	return nil
}

// Heal puts the original descriptor back, so writes work again.
func (f *Faults) Heal() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.broken {
		return nil
	}
	if err := syscall.Dup3(f.saved, int(f.file.Fd()), syscall.O_CLOEXEC); err != nil {
		return err
	}
	syscall.Close(f.saved)
	f.saved, f.broken = -1, false
	return nil
}
