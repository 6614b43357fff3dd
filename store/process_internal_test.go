//go:build linux

package store

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestProcessRunning: this process runs; a child that has ended but was
// not reaped yet (a zombie) does not, so the draft it held can be taken
// over at once.
func TestProcessRunning(t *testing.T) {
	if !processRunning(os.Getpid()) {
		t.Fatal("this process is not running")
	}
	cmd := exec.Command("true")
	if err := cmd.Start(); err != nil {
		t.Skip(err)
	}
	defer cmd.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for processRunning(cmd.Process.Pid) {
		if time.Now().After(deadline) {
			t.Fatal("an ended child that was not reaped is taken as running")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
