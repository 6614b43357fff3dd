package home

import (
	"testing"

	"github.com/debrief-journal/debrief/ui/kit"
)

// TestCountsWaitOnlyForTheFirstFrame: the follow-ups and cards are counted
// after the first frame the first time home is read, and at once when the
// user comes back to it, with the earlier counts still on screen.
func TestCountsWaitOnlyForTheFirstFrame(t *testing.T) {
	h := New(&kit.Context{}, false)
	if got := h.countWait(); got != kit.AfterFirstFrame {
		t.Fatalf("the first counting waits %v, want %v", got, kit.AfterFirstFrame)
	}
	h.Update(followUpCountsMsg{})
	if got := h.countWait(); got != 0 {
		t.Fatalf("counting again on coming back waits %v, want none", got)
	}
}
