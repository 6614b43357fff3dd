package store

import (
	"reflect"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestDecodeReadsEveryEnvelopeLayout(t *testing.T) {
	want := journal.Review{ID: 4, Focus: "a note"}
	written, err := encode(&want)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"AsWritten":    string(written),
		"Spaced":       ` { "v" : 1 , "d" : {"id":4,"focus":"a note"} } `,
		"DataFirst":    `{"d":{"id":4,"focus":"a note"},"v":1}`,
		"ExtraField":   `{"v":1,"d":{"id":4,"focus":"a note"},"x":true}`,
		"DuplicateKey": `{"v":1,"d":{"id":9},"d":{"id":4,"focus":"a note"}}`,
	} {
		var got journal.Review
		if err := decode([]byte(data), &got, "The review"); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %+v, %v", name, got, err)
		}
	}
	for name, tc := range map[string]struct {
		data string
		code string
	}{
		"NewerAfterData": {`{"v":1,"d":{"id":4},"v":2}`, journal.ENewer},
		"WrongType":      {`{"v":1,"d":{"id":"four"}}`, journal.ECorrupt},
		"Truncated":      {`{"v":1,"d":{"id":4}`, journal.ECorrupt},
		"NoData":         {`{"v":1}`, journal.ECorrupt},
		"BadText":        {"{\"v\":1,\"d\":{\"focus\":\"\xff\"}}", journal.ECorrupt},
	} {
		var got journal.Review
		if err := decode([]byte(tc.data), &got, "The review"); journal.ErrorCode(err) != tc.code {
			t.Errorf("%s: got %v, want code %s", name, err, tc.code)
		}
	}
}
