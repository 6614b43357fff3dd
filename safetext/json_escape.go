package safetext

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// EscapeJSON returns the JSON in b with each character a terminal could act
// on and that encoding/json leaves as it is (DEL, the C1 controls, the
// bidirectional controls and NEL) written as a \u escape. The JSON means
// exactly the same, so an export stays a faithful copy of the journal, but
// it can be printed to a terminal or opened in a pager safely. b must be
// valid JSON as encoding/json writes it: those characters can then only be
// inside strings. When nothing needs escaping, b itself is returned.
func EscapeJSON(b []byte) []byte {
	i := firstJSONEscape(b)
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i >= 0 {
		out = append(out, b[:i]...)
		r, size := utf8.DecodeRune(b[i:])
		out = fmt.Appendf(out, `\u%04x`, r)
		b = b[i+size:]
		i = firstJSONEscape(b)
	}
	return append(out, b...)
}

// firstJSONEscape returns the index of the first character of b that
// EscapeJSON escapes, or -1.
func firstJSONEscape(b []byte) int {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == del {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if isC1(r) || isBidiControl(r) {
			return i
		}
		i += size
	}
	return -1
}

// JSONWriter returns a writer that passes JSON on to w through EscapeJSON.
// A character split between two writes is held until it is whole; what
// encoding/json writes always ends with a whole character.
func JSONWriter(w io.Writer) io.Writer { return &jsonWriter{w: w} }

type jsonWriter struct {
	w       io.Writer
	pending []byte // the start of a character cut off at the end of a write
}

func (j *jsonWriter) Write(p []byte) (int, error) {
	data := p
	if len(j.pending) > 0 {
		data = append(j.pending, p...)
		j.pending = nil
	}
	// Hold back an incomplete character at the end, at most three bytes.
	cut := len(data)
	for back := 1; back <= 3 && back <= len(data); back++ {
		c := data[len(data)-back]
		if c < utf8.RuneSelf || utf8.RuneStart(c) {
			if utf8.RuneStart(c) && c >= utf8.RuneSelf && !utf8.FullRune(data[len(data)-back:]) {
				cut = len(data) - back
			}
			break
		}
	}
	j.pending = bytes.Clone(data[cut:])
	if _, err := j.w.Write(EscapeJSON(data[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}
