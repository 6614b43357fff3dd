//go:build !unix

package store

import "os"

// processRunning reports whether a process with this ID exists on this
// computer: where FindProcess opens the process, it fails for one that has
// ended.
func processRunning(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
