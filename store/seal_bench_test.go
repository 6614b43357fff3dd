package store_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// The speed of an encrypted journal once unlocked, beside the same journal
// plain: each benchmark has a plain and a sealed sub-benchmark at 10,000
// interviews (1,000 with -short). Unlocking itself (scrypt, about half a
// second by design) is outside the loops.
//
//	go test ./store/ -run '^$' -bench 'Sealed' -benchtime 2s

var sealPass = []byte("correct horse battery staple")

// sealedPair returns a plain copy and an encrypted copy of the benchmark
// journal of n interviews.
func sealedPair(b *testing.B, n int) (plain, sealed string) {
	b.Helper()
	src := benchJournals.path(b, n)
	plain, sealed = copyJournal(b, src), copyJournal(b, src)
	if _, err := store.Encrypt(sealed, store.PassphraseOf(sealPass), time.Now()); err != nil {
		b.Fatal(err)
	}
	return plain, sealed
}

// eachSealing runs fn on the plain and the encrypted journal.
func eachSealing(b *testing.B, fn func(b *testing.B, path string, o store.Options)) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	plain, sealed := sealedPair(b, n)
	b.Run("plain", func(b *testing.B) { fn(b, plain, store.Options{}) })
	b.Run("sealed", func(b *testing.B) { fn(b, sealed, store.Options{Passphrase: store.PassphraseOf(sealPass)}) })
}

// eachSealedReading runs fn on the plain and the encrypted journal, each
// opened to read.
func eachSealedReading(b *testing.B, fn func(b *testing.B, s *store.Store)) {
	eachSealing(b, func(b *testing.B, path string, o store.Options) {
		o.ReadOnly = true
		s, err := store.Open(path, o)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		fn(b, s)
	})
}

// BenchmarkSealedSummaries reads every summary, as `list` does.
func BenchmarkSealedSummaries(b *testing.B) {
	eachSealedReading(b, func(b *testing.B, s *store.Store) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Summaries(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSealedRecent reads what home shows first.
func BenchmarkSealedRecent(b *testing.B) {
	eachSealedReading(b, func(b *testing.B, s *store.Store) {
		for b.Loop() {
			if _, _, err := s.RecentSummaries(8); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Drafts(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSealedEachInterview reads every interview whole, as the
// analysis behind `patterns` does.
func BenchmarkSealedEachInterview(b *testing.B) {
	eachSealedReading(b, func(b *testing.B, s *store.Store) {
		b.ReportAllocs()
		for b.Loop() {
			if err := s.EachInterview(func(*journal.Interview) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSealedSave saves a draft durably, as the app does while someone
// types.
func BenchmarkSealedSave(b *testing.B) {
	eachSealing(b, func(b *testing.B, path string, o store.Options) {
		s, err := store.Open(path, o)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		d := workload.Draft()
		for b.Loop() {
			d.Interview.AuthenticityWhy += "."
			if err := s.SaveDraft(&d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestSealedSpeed times the encrypted journal and the plain one in
// alternation, so that whatever else the machine is doing falls on both
// alike, and prints the median of each and their ratio. It runs only when
// DEBRIEF_BENCH_SEALED=1:
//
//	DEBRIEF_BENCH_SEALED=1 go test ./store/ -run TestSealedSpeed -v
func TestSealedSpeed(t *testing.T) {
	if os.Getenv("DEBRIEF_BENCH_SEALED") != "1" {
		t.Skip("set DEBRIEF_BENCH_SEALED=1 to time an encrypted journal against a plain one")
	}
	n := 10000
	src, err := os.MkdirTemp("", "debrief-sealed-speed-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(src)
	plainPath := filepath.Join(src, "plain.db")
	if err := workload.BuildJournal(plainPath, n); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(plainPath)
	if err != nil {
		t.Fatal(err)
	}
	sealedPath := filepath.Join(src, "sealed.db")
	if err := os.WriteFile(sealedPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Encrypt(sealedPath, store.PassphraseOf(sealPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	open := func(path string, o store.Options) *store.Store {
		s, err := store.Open(path, o)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	plain := open(plainPath, store.Options{})
	defer plain.Close()
	sealed := open(sealedPath, store.Options{Passphrase: store.PassphraseOf(sealPass)})
	defer sealed.Close()
	draftOf := map[*store.Store]*journal.Draft{}
	for _, s := range []*store.Store{plain, sealed} {
		d := workload.Draft()
		draftOf[s] = &d
	}
	cases := []struct {
		name string
		runs int
		fn   func(s *store.Store) error
	}{
		{"list (every summary)", 41, func(s *store.Store) error { _, err := s.Summaries(); return err }},
		{"home (8 recent + drafts)", 101, func(s *store.Store) error {
			if _, _, err := s.RecentSummaries(8); err != nil {
				return err
			}
			_, err := s.Drafts()
			return err
		}},
		{"patterns read (every interview)", 11, func(s *store.Store) error {
			return s.EachInterview(func(*journal.Interview) error { return nil })
		}},
		{"save a draft (on disk)", 101, func(s *store.Store) error {
			d := draftOf[s]
			d.Interview.AuthenticityWhy += "."
			return s.SaveDraft(d)
		}},
	}
	for _, c := range cases {
		var tp, ts []time.Duration
		for range c.runs {
			for _, s := range []*store.Store{plain, sealed} {
				start := time.Now()
				if err := c.fn(s); err != nil {
					t.Fatal(err)
				}
				d := time.Since(start)
				if s == plain {
					tp = append(tp, d)
				} else {
					ts = append(ts, d)
				}
			}
		}
		mp, ms := median(tp), median(ts)
		t.Logf("%-32s plain %9.3f ms  encrypted %9.3f ms  ratio %.2f", c.name, ms2(mp), ms2(ms), float64(ms)/float64(mp))
	}
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func ms2(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
