//go:build linux

package storetest

// Break makes the writes of every later operation fail with EBADF.
func (f *Faults) Break() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.broken {
		f.broken = true
		f.injected++
	}
	return nil
}

// Heal makes writes work again from the next operation on.
func (f *Faults) Heal() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.broken = false
	return nil
}
