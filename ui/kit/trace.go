package kit

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// TraceTo returns a function that writes one line "event nanoseconds" to w
// for each timed event, or nil when w is nil. Events are timed inside
// commands, which run on their own goroutines, so writes are serialised.
func TraceTo(w io.Writer) func(event string, d time.Duration) {
	if w == nil {
		return nil
	}
	var mu sync.Mutex
	return func(event string, d time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %d\n", event, d.Nanoseconds())
	}
}
