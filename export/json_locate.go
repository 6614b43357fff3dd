package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// typeFault is where and why a record does not fit its Go type.
type typeFault struct {
	off  int64  // byte offset in the record
	path string // like ".curveballs[1].tags"
	msg  string
}

// locateTypeFault walks raw, a well-formed record that the decoder refused
// for type t, beside t to find the first value that does not fit. The
// decoder's own errors carry no array indices and, for unknown fields and
// failing UnmarshalJSON methods, no place at all; this walk recovers both.
// It runs only on the error path, so it may be slow.
func locateTypeFault(raw []byte, t reflect.Type) *typeFault {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	w := &typeWalker{raw: raw, dec: dec}
	return w.value(t, "")
}

type typeWalker struct {
	raw []byte
	dec *json.Decoder
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// next returns the offset where the next token starts.
func (w *typeWalker) next() int64 {
	off := w.dec.InputOffset()
	for off < int64(len(w.raw)) && strings.IndexByte(" \t\r\n,:", w.raw[off]) >= 0 {
		off++
	}
	return off
}

func (w *typeWalker) value(t reflect.Type, path string) *typeFault {
	start := w.next()
	fail := func(format string, args ...any) *typeFault {
		return &typeFault{off: start, path: path, msg: fmt.Sprintf(format, args...)}
	}
	if t.Kind() == reflect.Pointer {
		return w.value(t.Elem(), path)
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		var m json.RawMessage
		if err := w.dec.Decode(&m); err != nil {
			return fail("this value could not be read")
		}
		if err := json.Unmarshal(m, reflect.New(t).Interface()); err != nil {
			return fail("%s", unmarshalerMessage(t, err))
		}
		return nil
	}
	tok, err := w.dec.Token()
	if err != nil {
		return fail("this value could not be read")
	}
	if tok == nil {
		// The decoder leaves a field alone when it is null; so does the import.
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			return fail("expected an object, found %s", describeToken(tok))
		}
		for w.dec.More() {
			keyAt := w.next()
			keyTok, err := w.dec.Token()
			key, ok := keyTok.(string)
			if err != nil || !ok {
				return fail("this object could not be read")
			}
			field, ok := fieldByJSONName(t, key)
			if !ok {
				return &typeFault{off: keyAt, path: path, msg: unknownFieldMessage(key)}
			}
			if f := w.value(field.Type, path+"."+key); f != nil {
				return f
			}
		}
		_, _ = w.dec.Token()
	case reflect.Slice:
		if tok != json.Delim('[') {
			return fail("expected a list, found %s", describeToken(tok))
		}
		for i := 0; w.dec.More(); i++ {
			if f := w.value(t.Elem(), path+"["+strconv.Itoa(i)+"]"); f != nil {
				return f
			}
		}
		_, _ = w.dec.Token()
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return fail("expected text, found %s", describeToken(tok))
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return fail("expected true or false, found %s", describeToken(tok))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			return fail("expected a number, found %s", describeToken(tok))
		}
		if _, err := strconv.ParseInt(n.String(), 10, t.Bits()); err != nil {
			return fail("expected a whole number, found %s", n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := tok.(json.Number)
		if !ok {
			return fail("expected a number, found %s", describeToken(tok))
		}
		if _, err := strconv.ParseUint(n.String(), 10, t.Bits()); err != nil {
			return fail("expected a whole number from 0 up, found %s", n)
		}
	case reflect.Float32, reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			return fail("expected a number, found %s", describeToken(tok))
		}
		if _, err := strconv.ParseFloat(n.String(), t.Bits()); err != nil {
			return fail("the number %s is out of range", n)
		}
	default:
		// Maps and interfaces take any value; only skip past it.
		if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
			return w.skipRest()
		}
	}
	return nil
}

// skipRest consumes the rest of an object or array whose opening token was
// just read.
func (w *typeWalker) skipRest() *typeFault {
	for depth := 1; depth > 0; {
		tok, err := w.dec.Token()
		if err != nil {
			// The record is well-formed, so this is its end.
			return nil
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// fieldByJSONName finds the field of struct t that the key names, as
// encoding/json would.
func fieldByJSONName(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.EqualFold(name, key) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// unmarshalerMessage turns the error of a type's own UnmarshalJSON into a
// sentence for the user.
func unmarshalerMessage(t reflect.Type, err error) string {
	var je *journal.Error
	switch {
	case errors.As(err, &je):
		return je.Message
	case t == reflect.TypeFor[time.Time]():
		return "expected a time like \"2026-03-14T09:30:00Z\""
	}
	return "this value is not valid here"
}

// describeToken names the kind of a JSON token for a message.
func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "a list"
		}
		return "an object"
	case string:
		return "text"
	case json.Number:
		return "the number " + clip(v.String())
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return "null"
	}
	return "something else"
}
