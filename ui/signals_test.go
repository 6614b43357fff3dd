package ui

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// The signals are caught beside the terminal's start (see newSignalWatch);
// stopping right after must still leave none caught for good.
func TestSignalsAreNotCaughtOnceStopped(t *testing.T) {
	// The test's own catch keeps the signal from ending the test binary.
	keep := make(chan os.Signal, 1)
	signal.Notify(keep, syscall.SIGHUP)
	defer signal.Stop(keep)
	w := newSignalWatch()
	w.stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	<-keep
	select {
	case s := <-w.ch:
		t.Fatalf("the stopped watch caught %v", s)
	case <-time.After(100 * time.Millisecond):
	}
}
