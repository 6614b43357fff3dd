package export

import (
	"bytes"
	"io"
	"sort"
)

// tooLargeError is returned by sizeLimiter once the input goes past its limit.
type tooLargeError struct{}

func (tooLargeError) Error() string { return "input larger than the limit" }

// sizeLimiter lets at most left bytes through and then fails, so a huge or
// endless input is refused instead of filling memory.
type sizeLimiter struct {
	r    io.Reader
	left int64
}

func (l *sizeLimiter) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if l.left <= 0 {
		// The limit is reached: one more byte means the input is too large,
		// none means it ended exactly at the limit.
		var probe [1]byte
		n, err := l.r.Read(probe[:])
		if n > 0 {
			return 0, tooLargeError{}
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// lineTracker passes the input through and remembers where its newlines are,
// so a byte offset can be told as a line and column. Newlines before the
// record being read are forgotten (only counted), which keeps its memory
// small however long the input is.
type lineTracker struct {
	r        io.Reader
	read     int64   // bytes passed through so far
	dropped  int64   // newlines forgotten, all before newlines[0]
	newlines []int64 // offsets of the newlines still remembered, ascending
}

func (t *lineTracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	chunk := p[:n]
	for base := 0; ; {
		i := bytes.IndexByte(chunk[base:], '\n')
		if i < 0 {
			break
		}
		t.newlines = append(t.newlines, t.read+int64(base+i))
		base += i + 1
	}
	t.read += int64(n)
	return n, err
}

// forget drops the newlines that are not needed to place offsets at or after
// off: all but the last one before it.
func (t *lineTracker) forget(off int64) {
	i := sort.Search(len(t.newlines), func(i int) bool { return t.newlines[i] >= off })
	if i <= 1 {
		return
	}
	t.dropped += int64(i - 1)
	t.newlines = append(t.newlines[:0], t.newlines[i-1:]...)
}

// position returns the 1-based line and column (counted in bytes) of off.
func (t *lineTracker) position(off int64) (line, column int64) {
	off = max(0, min(off, t.read))
	i := sort.Search(len(t.newlines), func(i int) bool { return t.newlines[i] >= off })
	line = t.dropped + int64(i) + 1
	switch {
	case i > 0:
		column = off - t.newlines[i-1]
	case t.dropped == 0:
		column = off + 1
	default:
		// off lies before every remembered newline yet after forgotten ones;
		// the column is unknown, which forget's contract rules out.
		column = 1
	}
	return line, column
}
