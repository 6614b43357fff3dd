package store

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestZeroPagesInRuns: zeroPages writes zeros over every candidate page
// that holds something and that bbolt says is free, leaves a page bbolt
// says is in use as it is, asks only about the pages that are not zero
// already, and leaves alone a page past the end of the file.
func TestZeroPagesInRuns(t *testing.T) {
	const size = 64
	path := filepath.Join(t.TempDir(), "file")
	data := make([]byte, 12*size)
	for _, p := range []int{3, 4, 6, 9} {
		copy(data[p*size:], bytes.Repeat([]byte{byte(p)}, size))
	}
	must(t, os.WriteFile(path, data, 0o600))
	var asked []int
	free := func(id int) bool {
		asked = append(asked, id)
		return id != 6
	}
	must(t, zeroPages(path, size, []int{9, 2, 3, 4, 5, 6, 14}, free, int64(len(data))))
	got, err := os.ReadFile(path)
	must(t, err)
	for p := range 12 {
		page := got[p*size : (p+1)*size]
		wantZero := p != 6
		if zero := bytes.Equal(page, make([]byte, size)); zero != wantZero {
			t.Errorf("page %d: zero %v, want %v", p, zero, wantZero)
		}
	}
	if len(got) != len(data) {
		t.Errorf("the file holds %d bytes, want %d", len(got), len(data))
	}
	if want := []int{3, 4, 6, 9}; !slices.Equal(asked, want) {
		t.Errorf("asked about pages %v, want %v", asked, want)
	}
}
