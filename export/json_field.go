package export

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// locateField returns the offset in raw, a well-formed record, of the value
// that path names, such as "followups[1].snoozed_until": the field a domain
// rule found wrong. When the path leads to a field the record leaves out,
// it returns the offset of the closest part that is there, which holds the
// missing field. An empty path is the record itself, at 0.
func locateField(raw []byte, path string) int64 {
	dec := json.NewDecoder(bytes.NewReader(raw))
	w := &fieldWalker{raw: raw, dec: dec}
	return w.find(splitFieldPath(path))
}

// fieldStep is one step of a path: a field name, or an index in a list.
type fieldStep struct {
	key   string
	index int // when key is ""
}

// splitFieldPath reads a path written as journal.FieldError writes one.
func splitFieldPath(path string) []fieldStep {
	var steps []fieldStep
	for path != "" {
		switch path[0] {
		case '.':
			path = path[1:]
		case '[':
			end := strings.IndexByte(path, ']')
			if end < 0 {
				return steps
			}
			n, err := strconv.Atoi(path[1:end])
			if err != nil {
				return steps
			}
			steps = append(steps, fieldStep{index: n})
			path = path[end+1:]
		default:
			end := strings.IndexAny(path, ".[")
			if end < 0 {
				end = len(path)
			}
			steps = append(steps, fieldStep{key: path[:end]})
			path = path[end:]
		}
	}
	return steps
}

type fieldWalker struct {
	raw []byte
	dec *json.Decoder
}

// next returns the offset where the next token starts.
func (w *fieldWalker) next() int64 {
	off := w.dec.InputOffset()
	for off < int64(len(w.raw)) && strings.IndexByte(" \t\r\n,:", w.raw[off]) >= 0 {
		off++
	}
	return off
}

// find reads the value at the decoder's position and follows steps into it.
func (w *fieldWalker) find(steps []fieldStep) int64 {
	start := w.next()
	if len(steps) == 0 {
		return start
	}
	tok, err := w.dec.Token()
	if err != nil {
		return start
	}
	step := steps[0]
	switch {
	case tok == json.Delim('{') && step.key != "":
		for w.dec.More() {
			keyTok, err := w.dec.Token()
			if err != nil {
				return start
			}
			if key, _ := keyTok.(string); key == step.key {
				return w.find(steps[1:])
			}
			if w.skip() != nil {
				return start
			}
		}
	case tok == json.Delim('[') && step.key == "":
		for i := 0; w.dec.More(); i++ {
			if i == step.index {
				return w.find(steps[1:])
			}
			if w.skip() != nil {
				return start
			}
		}
	}
	return start
}

// skip reads past one whole value.
func (w *fieldWalker) skip() error {
	var v json.RawMessage
	return w.dec.Decode(&v)
}
