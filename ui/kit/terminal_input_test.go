package kit

import (
	"io"
	"os"
	"testing"
)

// TestTypedAheadEntersReadAsEnters: the line feeds among the bytes typed
// ahead are read as the carriage returns an enter sends; the same byte
// read after them is the ctrl+j it is.
func TestTypedAheadEntersReadAsEnters(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := w.WriteString("nAcme\nBackend\nx"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	in := &TerminalInput{File: r, Ahead: len("nAcme\nBackend\n")}
	got, err := io.ReadAll(fewBytesReader{in})
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "nAcme\rBackend\rx" {
		t.Fatalf("read %q", got)
	}
	r2, w2, _ := os.Pipe()
	defer r2.Close()
	w2.WriteString("a\nb")
	w2.Close()
	if got, _ := io.ReadAll(&TerminalInput{File: r2}); string(got) != "a\nb" {
		t.Fatalf("with nothing typed ahead, read %q", got)
	}
}

// fewBytesReader reads a few bytes at a time, as the terminal may
// hand keys typed ahead over in several reads.
type fewBytesReader struct{ r io.Reader }

func (o fewBytesReader) Read(p []byte) (int, error) { return o.r.Read(p[:min(len(p), 3)]) }
