package store_test

import (
	"errors"
	"io"
	"testing"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// FuzzStoredInterview stores arbitrary bytes as the value of interview 1,
// as a damaged disk or a bug might, and checks that nothing that reads
// interviews panics, that each refuses the value only with ECorrupt or
// ENewer, and that Check reports a problem naming interview 1 (there is
// never a summary for it, so even a value that reads back fine is one).
// The seed corpus is in testdata/fuzz/FuzzStoredInterview.
func FuzzStoredInterview(f *testing.F) {
	s := MustOpen(f)
	s.SetNoSync(true)
	f.Add([]byte(`{"v":1,"d":{"id":1,"company":"Acme","date":"2026-03-14","outcome":{"status":""},"created_at":"2026-03-14T18:00:00Z","updated_at":"2026-03-14T18:00:00Z"}}`))
	f.Fuzz(func(t *testing.T, value []byte) {
		if err := s.PutRaw("interviews", store.IDKey(1), value); err != nil {
			t.Skip("bbolt does not store this value:", err)
		}
		defer s.DeleteRaw("interviews", store.IDKey(1))

		_, errOne := s.Interview(1)
		refusedOnlyAsDamage(t, "Interview", errOne)
		refusedOnlyAsDamage(t, "EachInterview", s.EachInterview(func(*journal.Interview) error { return nil }))
		refusedOnlyAsDamage(t, "export", export.WriteJSONFrom(io.Discard, s))

		rep, err := s.Check()
		if err != nil {
			t.Fatalf("Check failed to run: %v", err)
		}
		if len(problemsAbout(rep, 1, "interview")) == 0 {
			t.Fatalf("Check reports nothing about interview 1 holding %q: %v", value, rep.Problems)
		}
		if errOne != nil && journal.ErrorCode(errOne) != journal.ENotFound && rep.OK() {
			t.Fatal("Check finds nothing in a record that cannot be read")
		}
	})
}

// refusedOnlyAsDamage fails unless err is nil or says the record is damaged
// or from a newer debrief, with a message for the user.
func refusedOnlyAsDamage(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var je *journal.Error
	if !errors.As(err, &je) || (je.Code != journal.ECorrupt && je.Code != journal.ENewer) || je.Message == "" {
		t.Fatalf("%s refused the value with %T %v", what, err, err)
	}
}
