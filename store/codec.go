package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
)

// valueVersion is the version written into every stored value. A value with
// a higher version was written by a newer debrief.
const valueVersion = 1

// currentEnvelope is how encode begins every JSON value it writes.
var currentEnvelope = []byte(`{"v":` + strconv.Itoa(valueVersion) + `,"d":`)

// envelope wraps every stored value with its version, so that an older
// binary can refuse what it does not understand and a newer one can migrate.
type envelope struct {
	V int             `json:"v"`
	D json.RawMessage `json:"d"`
}

// encode turns a journal value into the bytes stored in bbolt, before
// codec.encode (codec_checksum.go) ends them with their checksum. These are
// the only places that do so, which is where encryption at rest would go.
// Summaries take a compact form (summary_codec.go); every other value is
// versioned JSON.
func encode(v any) ([]byte, error) {
	if sm, ok := v.(journal.Summary); ok {
		return encodeSummary(sm), nil
	}
	if rec, ok := v.(analysisRecord); ok {
		return encodeAnalysis(rec.iv), nil
	}
	var buf bytes.Buffer
	buf.WriteString(`{"v":`)
	buf.WriteString(fmt.Sprint(valueVersion))
	buf.WriteString(`,"d":`)
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, &journal.Error{Code: journal.EInternal, Message: "This answer could not be prepared for saving.", Err: err}
	}
	// Encode adds a newline; drop it before closing the envelope.
	b := bytes.TrimRight(buf.Bytes(), "\n")
	return append(b, '}'), nil
}

// decode reads bytes written by encode into v. The bytes may live in bbolt's
// memory map: decode copies what it keeps, as json.Unmarshal does.
func decode(data []byte, v any, what string) error {
	if sm, ok := v.(*journal.Summary); ok {
		return decodeSummary(data, sm, func() string { return what })
	}
	if rec, ok := v.(*analysisRecord); ok {
		return decodeAnalysis(data, rec, func() string { return what })
	}
	return decodeJSON(data, v, what)
}

// decodeJSON reads a value in its JSON envelope into v.
func decodeJSON(data []byte, v any, what string) error {
	if !utf8.Valid(data) {
		return corruptf(nil, "%s is damaged (not valid text)", what)
	}
	// A value as encode writes it is decoded straight from inside the
	// envelope: parsing the envelope first would read every byte twice more.
	// json.Unmarshal checks the syntax before it sets anything, so when the
	// bytes are laid out any other way v is untouched and the full reading
	// below decides.
	if inner, ok := bytes.CutPrefix(data, currentEnvelope); ok && bytes.HasSuffix(inner, []byte("}")) {
		if err := json.Unmarshal(inner[:len(inner)-1], v); err == nil {
			return nil
		} else if _, syntax := err.(*json.SyntaxError); !syntax {
			return corruptf(err, "%s is damaged and cannot be read", what)
		}
	}
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return corruptf(err, "%s is damaged and cannot be read", what)
	}
	if env.V > valueVersion {
		return &journal.Error{Code: journal.ENewer, Message: fmt.Sprintf("%s was written by a newer debrief (record version %d; this one reads up to %d). Update debrief to read it.", what, env.V, valueVersion)}
	}
	if env.V < 1 || len(env.D) == 0 {
		return corruptf(nil, "%s is damaged (no version)", what)
	}
	if err := json.Unmarshal(env.D, v); err != nil {
		return corruptf(err, "%s is damaged and cannot be read", what)
	}
	return nil
}

// itob returns the 8-byte big-endian key of an ID, so keys sort by ID.
func itob(id uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, id)
	return b
}

// btoi reads an 8-byte big-endian key.
func btoi(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b[len(b)-8:])
}

// summaryKey orders the summary index by interview date, then by ID.
func summaryKey(d journal.Date, id uint64) []byte {
	k := make([]byte, 0, 18)
	k = fmt.Appendf(k, "%04d%02d%02d", d.Year(), int(d.Month()), d.Day())
	if d.IsZero() {
		k = append(k[:0], "00000000"...)
	}
	return append(k, itob(id)...)
}

func corruptf(err error, format string, args ...any) error {
	return &journal.Error{Code: journal.ECorrupt, Message: fmt.Sprintf(format, args...), Err: err}
}
