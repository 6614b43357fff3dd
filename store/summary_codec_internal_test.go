package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// filledSummary sets every field of a summary to a value that is not zero,
// by the field's type, and fails for a type it does not know: a field added
// to journal.Summary must be taught to encodeSummary, or lists would lose it.
func filledSummary(t *testing.T) journal.Summary {
	t.Helper()
	var sm journal.Summary
	v := reflect.ValueOf(&sm).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case f.Type() == reflect.TypeFor[journal.Date]():
			f.Set(reflect.ValueOf(journal.NewDate(2025, 11, 30)))
		case f.Kind() == reflect.String:
			f.SetString(name + " ✓ value")
		case f.Kind() == reflect.Uint64:
			f.SetUint(1<<40 + 7)
		case f.Kind() == reflect.Int:
			f.SetInt(4)
		case f.Type() == reflect.TypeFor[[]string]():
			f.Set(reflect.ValueOf([]string{name, "second tag", ""}))
		default:
			t.Fatalf("journal.Summary.%s has a type (%s) that encodeSummary does not write", name, f.Type())
		}
	}
	return sm
}

func roundTrip(t *testing.T, sm journal.Summary) journal.Summary {
	t.Helper()
	data, err := encode(sm)
	if err != nil {
		t.Fatal(err)
	}
	var got journal.Summary
	if err := decode(data, &got, "The summary"); err != nil {
		t.Fatalf("decode %x: %v", data, err)
	}
	return got
}

func TestSummaryCodecKeepsEveryField(t *testing.T) {
	full := filledSummary(t)
	if got := roundTrip(t, full); !reflect.DeepEqual(got, full) {
		t.Fatalf("round trip changed the summary:\n got %+v\nwant %+v", got, full)
	}
	// Each field alone at its zero value must come back zero, not shifted
	// into its neighbour.
	v := reflect.ValueOf(full)
	for i := range v.NumField() {
		sm := full
		reflect.ValueOf(&sm).Elem().Field(i).SetZero()
		if got := roundTrip(t, sm); !reflect.DeepEqual(got, sm) {
			t.Errorf("with %s zero:\n got %+v\nwant %+v", v.Type().Field(i).Name, got, sm)
		}
	}
}

func TestSummaryCodecMatchesJSON(t *testing.T) {
	// The compact form must read back exactly what the JSON form did.
	for _, iv := range demo.Generate(300, 7, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)) {
		iv.ID = uint64(len(iv.Company)) * 1000003
		sm := iv.Summarize()
		data, err := json.Marshal(sm)
		if err != nil {
			t.Fatal(err)
		}
		var viaJSON journal.Summary
		if err := json.Unmarshal(data, &viaJSON); err != nil {
			t.Fatal(err)
		}
		if got := roundTrip(t, sm); !reflect.DeepEqual(got, viaJSON) {
			t.Fatalf("compact %+v, JSON %+v", got, viaJSON)
		}
	}
}

func TestSummaryCodecReadsJSONSummaries(t *testing.T) {
	sm := filledSummary(t)
	data, err := json.Marshal(sm)
	if err != nil {
		t.Fatal(err)
	}
	var got journal.Summary
	if err := decode([]byte(`{"v":1,"d":`+string(data)+`}`), &got, "The summary"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sm) {
		t.Fatalf("got %+v", got)
	}
}

func TestSummaryCodecRejectsDamage(t *testing.T) {
	good := encodeSummary(filledSummary(t))
	var sm journal.Summary
	for n := range len(good) {
		if err := decode(good[:n], &sm, "The summary"); journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("cut to %d bytes: got %v", n, err)
		}
	}
	for name, data := range map[string][]byte{
		"TrailingByte": append(append([]byte(nil), good...), 0),
		"BadText":      encodeSummary(journal.Summary{Company: "ok\xffno"}),
		"HugeLength":   {summaryFormat, 1, 0, 0xff, 0xff, 0xff, 0xff, 0x0f},
		"HugeTagCount": append(encodeSummary(journal.Summary{})[:9], 0xff, 0xff, 0x03),
		"LongVarint":   {summaryFormat, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		"UnknownByte":  {0},
	} {
		if err := decode(data, &sm, "The summary"); journal.ErrorCode(err) != journal.ECorrupt {
			t.Errorf("%s: got %v", name, err)
		}
	}
	newer := append([]byte{summaryFormat + 1}, good[1:]...)
	if err := decode(newer, &sm, "The summary"); journal.ErrorCode(err) != journal.ENewer {
		t.Errorf("newer format: got %v", err)
	}
}

func FuzzDecodeSummary(f *testing.F) {
	f.Add(encodeSummary(journal.Summary{ID: 3, Company: "Acme", Date: journal.NewDate(2026, 1, 2), Tags: []string{"x"}}))
	f.Add(encodeSummary(journal.Summary{}))
	f.Add([]byte(`{"v":1,"d":{"id":1,"company":"A","role":"","date":""}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var sm journal.Summary
		if err := decode(data, &sm, "The summary"); err != nil {
			return
		}
		// Whatever reads without error must survive being written again.
		if got := roundTrip(t, sm); !reflect.DeepEqual(got, sm) {
			t.Fatalf("re-encoding changed %+v into %+v", sm, got)
		}
	})
}
