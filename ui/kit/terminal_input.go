package kit

import (
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
	once sync.Once
}

// Read reads keys from the terminal; once the terminal is gone it reports
// it and returns io.EOF.
func (t *TerminalInput) Read(p []byte) (int, error) {
	n, err := t.File.Read(p)
	if err != nil && n == 0 {
		if t.Gone != nil {
			t.once.Do(t.Gone)
		}
		return 0, io.EOF
	}
	return n, nil
}

// terminalFile returns the file under r when r is a TerminalInput, so a
// program run on the terminal (the editor) gets the terminal itself.
func terminalFile(r io.Reader) io.Reader {
	if t, ok := r.(*TerminalInput); ok {
		return t.File
	}
	return r
}
