package export

import (
	"bytes"
	"encoding/json"
)

// ratingFields are the interview's ratings, 1 to 5. No rating is written
// as the field left out; debrief never writes a 0.
var ratingFields = []string{"mood_before", "mood_after", "authenticity", "nerves"}

// zeroRating returns the offset in raw, a well-formed interview record, of
// a rating given as 0, and its name; "" when there is none. A 0 says
// neither a rating nor its absence, so the file is refused rather than
// read one way or the other.
func zeroRating(raw []byte) (int64, string) {
	for _, name := range ratingFields {
		if !bytes.Contains(raw, []byte(`"`+name+`"`)) {
			continue
		}
		at := locateField(raw, name)
		dec := json.NewDecoder(bytes.NewReader(raw[at:]))
		dec.UseNumber()
		tok, err := dec.Token()
		if n, ok := tok.(json.Number); err == nil && ok {
			if f, err := n.Float64(); err == nil && f == 0 {
				return at, name
			}
		}
	}
	return 0, ""
}
