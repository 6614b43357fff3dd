//go:build !linux

package cli

// readsWhole does nothing where huge pages are not asked for this way (see
// the Linux version).
func readsWhole(string) {}
