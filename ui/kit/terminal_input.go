package kit

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// TerminalInput is the terminal the app reads its keys from, wrapped so a
// terminal that goes away (its window closed) does not end the program
// before the draft is saved: a read that fails, as reads do once the
// terminal is gone, is reported once through Gone and then reads as the end
// of the input, which Bubble Tea takes calmly, where it would stop at once
// on the error. It is still the terminal's file (Fd, Name), so raw mode
// and the editor work on it as before.
type TerminalInput struct {
	*os.File
	// Gone is called once, when the terminal can no longer be read.
	Gone func()
	// Ahead is how many bytes were typed ahead (see TypedAhead) and are
	// still to be read as such.
	Ahead int
	once  sync.Once
}

// TypedAhead is how many bytes of keys typed ahead wait in the terminal f
// as the app starts, up to the last enter among them: keys typed as the
// shell started debrief, or in its first milliseconds, before Bubble Tea
// sets the terminal up. Until then the terminal turns each enter into a
// line feed, which Bubble Tea reads as ctrl+j, so the enter would be lost;
// TerminalInput reads them back as enters. Called before Bubble Tea
// starts; 0 where the system does not say.
func TypedAhead(f *os.File) int { return typedAhead(f) }

// Read reads keys from the terminal; once the terminal is gone it reports
// it and returns io.EOF.
func (t *TerminalInput) Read(p []byte) (int, error) {
	n, err := t.File.Read(p)
	if t.Ahead > 0 && n > 0 {
		ahead := min(n, t.Ahead)
		typedAheadEnters(p[:ahead])
		t.Ahead -= ahead
	}
	if err != nil && n == 0 {
		if t.Gone != nil {
			t.once.Do(t.Gone)
		}
		return 0, io.EOF
	}
	return n, nil
}

// typedAheadEnters turns the line feeds of keys typed ahead back into the
// carriage returns an enter sends.
func typedAheadEnters(b []byte) {
	for i := bytes.IndexByte(b, '\n'); i >= 0; i = bytes.IndexByte(b, '\n') {
		b[i] = '\r'
		b = b[i+1:]
	}
}

// terminalFile returns the file under r when r is a TerminalInput, so a
// program run on the terminal (the editor) gets the terminal itself.
func terminalFile(r io.Reader) io.Reader {
	if t, ok := r.(*TerminalInput); ok {
		return t.File
	}
	return r
}
