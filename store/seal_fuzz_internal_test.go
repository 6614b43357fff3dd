package store

import (
	"bytes"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// FuzzUnseal feeds any bytes to the codec of an encrypted journal as a
// stored interview and as a summary: it must never crash, and anything but
// a value sealed under that key is damage.
func FuzzUnseal(f *testing.F) {
	sl, err := newSealer(bytes.Repeat([]byte{7}, dataKeyLen))
	if err != nil {
		f.Fatal(err)
	}
	cd := codec{sealed: true, sealer: sl}
	good, err := cd.encode(bucketInterviews, itob(1), canaryInterview())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bytes.Clone(good))
	f.Add(bytes.Clone(good[:sealOverhead]))
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0}, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		var iv journal.Interview
		err := cd.decode(bucketInterviews, itob(1), data, &iv, "Interview 1")
		if err != nil && journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("got %v", err)
		}
		// Each fuzzing process seals its own seed with a nonce of its own:
		// what opens must be a seal of the seed's interview.
		if err == nil {
			want, _ := encode(canaryInterview())
			got, _ := cd.open(bucketInterviews, itob(1), data, func() string { return "" })
			if !bytes.Equal(got, want) {
				t.Fatalf("bytes never sealed opened: %x", data)
			}
		}
		var sm journal.Summary
		if err := cd.decodeSummary(itob(1), data, &sm, func() string { return "summary" }); err == nil {
			t.Fatalf("an interview's bytes opened as a summary")
		}
	})
}

// FuzzKeyForm feeds any bytes as a journal's sealed key: never a crash,
// never more work than the bounds allow.
func FuzzKeyForm(f *testing.F) {
	fastKDF(f)
	good, err := sealKey([]byte("pass"), bytes.Repeat([]byte{1}, dataKeyLen), defaultKDF)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bytes.Clone(good))
	f.Add(bytes.Clone(good[:len(good)-1]))
	f.Fuzz(func(t *testing.T, data []byte) {
		form, err := parseKeyForm(data)
		if err != nil {
			return
		}
		if !form.params.valid() {
			t.Fatalf("parameters out of bounds accepted: %+v", form.params)
		}
		// A whole form: trying it costs a derivation within the bounds,
		// and gives the key or EPassphrase, nothing else.
		if _, err := form.unwrap([]byte("pass")); err != nil && journal.ErrorCode(err) != journal.EPassphrase {
			t.Fatal(err)
		}
	})
}
