//go:build !unix

package kit

import "os"

// processRunning reports whether a process with this ID exists: where
// FindProcess opens the process, it fails for one that has ended.
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
