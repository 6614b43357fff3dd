package export

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// lintFault is a problem that encoding/json would let through by changing the
// data: a duplicate key (the last one silently wins), a key in another case
// (matched case-insensitively), bytes that are not UTF-8 or an escaped lone
// surrogate (both silently turned into U+FFFD), or a null (silently read as
// the field's empty value, which is not what the file says).
type lintFault struct {
	off  int    // byte offset in the record
	path string // like ".curveballs[1].question"
	msg  string
}

// lintFrame is one open object or array while linting.
type lintFrame struct {
	object    bool
	expectKey bool
	key       []byte   // the key whose value is being read
	keys      [][]byte // keys seen so far in this object, pointing into the record
	index     int
}

// lintRecord checks one record, already known to be well-formed JSON, for
// what the decoder would accept by changing it. Every object in a record is
// a struct of ours, whose field names are lower case ASCII, so any key
// outside [a-z0-9_] is unknown and a repeated key is a real duplicate.
func lintRecord(raw []byte) *lintFault {
	var stack []lintFrame
	for i := 0; i < len(raw); {
		switch raw[i] {
		case '{':
			stack = append(stack, lintFrame{object: true, expectKey: true})
		case '[':
			stack = append(stack, lintFrame{})
		case '}', ']':
			stack = stack[:len(stack)-1]
		case 'n':
			// Outside a string, in well-formed JSON, only null starts with
			// n. debrief never writes one inside a record: a field with
			// nothing in it is left out.
			return &lintFault{off: i, path: lintPath(stack), msg: "expected a value, found null; leave the field out when it has none"}
		case ',':
			if top := &stack[len(stack)-1]; top.object {
				top.expectKey = true
			} else {
				top.index++
			}
		case '"':
			n := len(stack)
			isKey := n > 0 && stack[n-1].object && stack[n-1].expectKey
			if isKey {
				// A key is not part of the path until it is known to be good.
				stack[n-1].key = nil
			}
			end, badAt, msg := scanString(raw, i)
			if msg != "" {
				return &lintFault{off: badAt, path: lintPath(stack), msg: msg}
			}
			if isKey {
				top := &stack[n-1]
				key := raw[i+1 : end-1]
				top.expectKey = false
				if !isFieldName(key) {
					return &lintFault{off: i, path: lintPath(stack), msg: unknownFieldMessage(string(key))}
				}
				top.key = key
				for _, k := range top.keys {
					if bytes.Equal(k, key) {
						return &lintFault{off: i, path: lintPath(stack), msg: "this field appears twice"}
					}
				}
				top.keys = append(top.keys, key)
			}
			i = end
			continue
		}
		i++
	}
	return nil
}

// scanString reads the string starting at the quote raw[start] and returns
// the offset just past its closing quote. When the string holds text that
// would not survive decoding, it returns where and why.
func scanString(raw []byte, start int) (end, badAt int, msg string) {
	for j := start + 1; j < len(raw); {
		c := raw[j]
		switch {
		case c == '"':
			return j + 1, 0, ""
		case c == '\\':
			if raw[j+1] != 'u' {
				j += 2
				continue
			}
			r := hex4(raw[j+2 : j+6])
			if !utf16.IsSurrogate(r) {
				j += 6
				continue
			}
			if r < 0xdc00 && j+12 <= len(raw) && raw[j+6] == '\\' && raw[j+7] == 'u' {
				if low := hex4(raw[j+8 : j+12]); low >= 0xdc00 && low <= 0xdfff {
					j += 12
					continue
				}
			}
			return 0, j, "the text holds " + string(raw[j:j+6]) + ", half of a character that cannot stand alone"
		case c < utf8.RuneSelf:
			j++
		default:
			r, size := utf8.DecodeRune(raw[j:])
			if r == utf8.RuneError && size == 1 {
				return 0, j, "the text is not valid UTF-8"
			}
			j += size
		}
	}
	return len(raw), len(raw), "the text has no closing quote"
}

// hex4 reads four hex digits; the JSON scanner has already checked them.
func hex4(b []byte) rune {
	n, err := strconv.ParseUint(string(b), 16, 32)
	if err != nil {
		return -1
	}
	return rune(n)
}

// isFieldName reports whether key could name a field of ours.
func isFieldName(key []byte) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

func lintPath(stack []lintFrame) string {
	var b strings.Builder
	for _, f := range stack {
		if f.object {
			if f.key != nil {
				b.WriteString("." + string(f.key))
			}
		} else {
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
		}
	}
	return b.String()
}

// unknownFieldMessage explains why an unknown field stops the import: the
// reader keeps everything or nothing.
func unknownFieldMessage(key string) string {
	return "unknown field " + strconv.Quote(key) + "; this debrief does not know it and refuses the file rather than drop it"
}
