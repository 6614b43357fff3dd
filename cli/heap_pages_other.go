//go:build !linux

package cli

// preferHugePages does nothing where huge pages are not asked for this way
// (see the Linux version).
func preferHugePages(int64) {}
