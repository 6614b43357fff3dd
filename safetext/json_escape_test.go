package safetext_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"testing"

	"github.com/debrief-journal/debrief/safetext"
)

// jsonEscapeCases are strings whose JSON encoding holds characters a
// terminal acts on.
var jsonEscapeCases = []string{
	"plain", "tab\tand\nnewline", "del\x7f", "c1 csi \u009b2J", "nel \u0085",
	"rlo \u202e", "lri \u2066x\u2069", "marks \u200e\u200f\u061c", "é ✓ 🙂", "",
}

func TestEscapeJSON(t *testing.T) {
	for _, s := range append(jsonEscapeCases, attackTexts()...) {
		enc, _ := json.Marshal(s)
		out := safetext.EscapeJSON(enc)
		if reason := unsafeReason(string(out)); reason != "" {
			t.Errorf("EscapeJSON(%q) = %q: %s", enc, out, reason)
		}
		var back, want string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("EscapeJSON(%q) = %q is not JSON: %v", enc, out, err)
		}
		json.Unmarshal(enc, &want)
		if back != want {
			t.Errorf("EscapeJSON changed the meaning of %q: reads back %q", s, back)
		}
	}
	if enc := []byte(`{"a":"b"}`); &safetext.EscapeJSON(enc)[0] != &enc[0] {
		t.Error("EscapeJSON copied JSON that needed no escape")
	}
}

// TestJSONWriterSplitsAnywhere writes escaped JSON one byte at a time.
func TestJSONWriterSplitsAnywhere(t *testing.T) {
	enc, _ := json.Marshal(jsonEscapeCases)
	for _, step := range []int{1, 2, 3, 5, 7} {
		var out bytes.Buffer
		w := safetext.JSONWriter(&out)
		for i := 0; i < len(enc); i += step {
			if _, err := w.Write(enc[i:min(len(enc), i+step)]); err != nil {
				t.Fatal(err)
			}
		}
		if want := safetext.EscapeJSON(enc); !bytes.Equal(out.Bytes(), want) {
			t.Fatalf("in pieces of %d: %q, want %q", step, out.Bytes(), want)
		}
	}
}

// FuzzEscapeJSON checks, for any text, that its escaped JSON is safe for a
// terminal and decodes to the same text.
func FuzzEscapeJSON(f *testing.F) {
	for _, s := range append(jsonEscapeCases, attackTexts()...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc, err := json.Marshal(map[string]string{s: s})
		if err != nil {
			t.Skip()
		}
		out := safetext.EscapeJSON(enc)
		if reason := unsafeReason(string(out)); reason != "" {
			t.Fatalf("EscapeJSON(%q) = %q: %s", enc, out, reason)
		}
		var back, want map[string]string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("EscapeJSON(%q) = %q is not JSON: %v", enc, out, err)
		}
		json.Unmarshal(enc, &want)
		if !maps.Equal(back, want) {
			t.Fatalf("EscapeJSON changed the meaning of %q: %q", enc, out)
		}
	})
}

func attackTexts() []string {
	var out []string
	for _, a := range safetext.Attacks() {
		out = append(out, a.Seq)
	}
	return out
}
