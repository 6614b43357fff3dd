//go:build unix

package kit

import (
	"errors"
	"os"
	"syscall"
)

// processRunning reports whether a process with this ID exists. A process
// of another user (EPERM) exists too.
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
