package export_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// FuzzReadJSON checks that ReadJSON never panics, refuses only with a
// message for the user, and that whatever it accepts survives a write and a
// second read unchanged, with a write that is stable. The seed corpus is in
// testdata/fuzz/FuzzReadJSON.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"format": "debrief", "version": 1, "interviews": [], "reviews": []}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := export.ReadJSON(bytes.NewReader(in))
		if err != nil {
			var je *journal.Error
			if !errors.As(err, &je) || je.Code != journal.EInvalid || je.Message == "" {
				t.Fatalf("refused with %T %v, want an EInvalid *journal.Error", err, err)
			}
			return
		}
		first := writeJSON(t, doc)
		back, err := export.ReadJSON(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("accepted the input but not its own output: %v\ninput: %q\noutput: %s", err, in, first)
		}
		if d := sameData(sortedCopy(doc), back); d != "" {
			t.Fatalf("data changed on the way through: %s\ninput: %q", d, in)
		}
		if second := writeJSON(t, back); !bytes.Equal(first, second) {
			t.Fatalf("write is not stable:\n%s", firstDifference(first, second))
		}
	})
}

// The seeds named valid_* must be accepted and bad_* refused, so the corpus
// keeps covering both sides of the reader.
func TestFuzzSeedsAreWhatTheirNamesSay(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzReadJSON", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed corpus: %v", err)
	}
	for _, path := range paths {
		name := filepath.Base(path)
		wantOK := strings.HasPrefix(name, "valid_")
		if !wantOK && !strings.HasPrefix(name, "bad_") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			_, err := export.ReadJSON(bytes.NewReader(readSeed(t, path)))
			if wantOK && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if !wantOK && err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// readSeed reads a corpus file holding one []byte value.
func readSeed(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	header, body, _ := strings.Cut(string(b), "\n")
	body = strings.TrimSpace(body)
	if header != "go test fuzz v1" || !strings.HasPrefix(body, "[]byte(") || !strings.HasSuffix(body, ")") {
		t.Fatalf("%s is not a corpus file of one []byte", path)
	}
	s, err := strconv.Unquote(body[len("[]byte(") : len(body)-1])
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []byte(s)
}
