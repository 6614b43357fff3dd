//go:build unix

package store_test

import (
	"syscall"
	"time"
)

// processCPU returns the processor time the test binary has used so far,
// in user and system mode, over all its threads.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
