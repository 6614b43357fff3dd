//go:build unix

package store

import (
	"errors"
	"syscall"
)

// processRunning reports whether a process with this ID exists on this
// computer. A process of another user (EPERM) exists too.
func processRunning(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
