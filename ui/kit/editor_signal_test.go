//go:build unix

package kit

import (
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// TestEditorEndedByASignalOwnsIt: an interrupt that ended the editor is
// still the editor's when the app's own copy of it comes a moment later,
// so the app does not end of it; another signal is not.
func TestEditorEndedByASignalOwnsIt(t *testing.T) {
	var open EditorProcess
	run := &editorRun{Cmd: exec.Command("sleep", "10"), open: &open}
	done := make(chan error, 1)
	go func() { done <- run.Run() }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		open.mu.Lock()
		p := open.p
		open.mu.Unlock()
		if p != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the editor did not start")
		}
		time.Sleep(5 * time.Millisecond)
	}
	open.Signal(syscall.SIGINT)
	<-done
	if open.Running() {
		t.Fatal("the editor still counts as running once it ended")
	}
	if !open.Owns(syscall.SIGINT) {
		t.Fatal("the interrupt that ended the editor is not the editor's")
	}
	if open.Owns(syscall.SIGTERM) {
		t.Fatal("a signal that did not end the editor is taken as the editor's")
	}
}
