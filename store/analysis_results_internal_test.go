package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestAnalysisResultSealed: in an encrypted journal a kept result is
// sealed like every other value, and reads back, also when a reading
// command keeps it.
func TestAnalysisResultSealed(t *testing.T) {
	fastKDF(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{Passphrase: passOf(testPass)})
	must(t, err)
	must(t, s.CreateInterview(canaryInterview()))
	draw := func([]*journal.Interview) ([]byte, error) { return []byte("says " + canary), nil }
	for range 2 {
		out, err := s.AnalysisResult("test", "stamp", draw)
		if err != nil || string(out) != "says "+canary {
			t.Fatalf("%q, %v", out, err)
		}
	}
	sl := s.sealer
	must(t, s.Close())
	rawSealCheck(t, path, sl)
	assertNoCanary(t, filepath.Dir(path))

	// A reading command keeps nothing: it draws its result each time.
	r, err := OpenReading(path, Options{Passphrase: passOf(testPass)})
	must(t, err)
	draws := 0
	for range 2 {
		out, err := r.AnalysisResult("other", "stamp", func([]*journal.Interview) ([]byte, error) {
			draws++
			return []byte("also " + canary), nil
		})
		if err != nil || string(out) != "also "+canary {
			t.Fatalf("%q, %v", out, err)
		}
	}
	if draws != 2 {
		t.Errorf("drawn %d times, want twice: a reading command keeps nothing", draws)
	}
	sl = r.sealer
	must(t, r.Close())
	rawSealCheck(t, path, sl)
	assertNoCanary(t, filepath.Dir(path))
}
