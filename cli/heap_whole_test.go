package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// TestReadsWholeCollectsOnlyNearTheLimit: once a command is set to read a
// journal whole, garbage is collected only as the heap nears the limit
// that goes with the journal's size.
func TestReadsWholeCollectsOnlyNearTheLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	if err := os.WriteFile(path, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	readsWhole(path)
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(1<<63 - 1)
	if percent != -1 || limit != 256<<20 {
		t.Fatalf("after readsWhole: GC percent %d, memory limit %d; want -1 and 256 MB", percent, limit)
	}
	for size, want := range map[int64]int64{1 << 20: 256 << 20, 200 << 20: 400 << 20, 4 << 30: 1 << 30} {
		if got := wholeReadLimit(size); got != want {
			t.Errorf("the limit for a journal of %d bytes is %d, want %d", size, got, want)
		}
	}
}
