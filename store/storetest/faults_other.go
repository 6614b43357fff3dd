//go:build !linux

package storetest

import "errors"

// Break makes later writes to the journal fail; it works on Linux only and
// returns errors.ErrUnsupported elsewhere, where tests skip.
func (f *Faults) Break() error { return errors.ErrUnsupported }

// Heal undoes Break.
func (f *Faults) Heal() error { return nil }
