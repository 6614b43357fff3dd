package export_test

import (
	"bytes"
	"errors"
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
