package kit

import (
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestTypedAheadCountsWholeLines: on a terminal in its usual mode, what is
// typed ahead counts up to its last enter; the rest holds no enter.
func TestTypedAheadCountsWholeLines(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal here:", err)
	}
	defer ptm.Close()
	defer tty.Close()
	if n := TypedAhead(tty); n != 0 {
		t.Fatalf("nothing typed, and %d bytes ahead", n)
	}
	if _, err := ptm.WriteString("nAcme\rBack"); err != nil {
		t.Fatal(err)
	}
	for range 100 { // the terminal takes the keys in a moment
		if TypedAhead(tty) != 0 {
			break
		}
		waitABit()
	}
	if n := TypedAhead(tty); n != len("nAcme\n") {
		t.Fatalf("%d bytes typed ahead; want %d", n, len("nAcme\n"))
	}
}

// waitABit lets the terminal's line discipline catch up.
func waitABit() { time.Sleep(5 * time.Millisecond) }
