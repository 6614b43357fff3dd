package store_test

import (
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

// BenchmarkSealedSummaries reads every summary, as `list` does.
func BenchmarkSealedSummaries(b *testing.B) {
	eachSealing(b, func(b *testing.B, path string, o store.Options) {
		o.ReadOnly = true
		s, err := store.Open(path, o)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
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
	eachSealing(b, func(b *testing.B, path string, o store.Options) {
		o.ReadOnly = true
		s, err := store.Open(path, o)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
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
	eachSealing(b, func(b *testing.B, path string, o store.Options) {
		o.ReadOnly = true
		s, err := store.Open(path, o)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
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
