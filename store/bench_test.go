package store_test

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// benchSize is one journal size the benchmarks run at.
type benchSize struct {
	name string
	n    int
}

// benchSizes are the journal sizes of every size-dependent benchmark. The
// largest takes a while to build, so it runs only when asked for (see
// largeWanted).
var benchSizes = []benchSize{{"1k", 1000}, {"10k", 10000}, {"100k", 100000}}

// benchJournals builds each demo journal once per test binary and hands out
// its path; benchmarks that write get their own copy. Building a journal
// takes seconds, and benchmark functions run several times, so the cache
// lives for the whole run and TestMain removes it at the end.
var benchJournals = journalCache{paths: map[int]string{}, exports: map[int][]byte{}}

func TestMain(m *testing.M) {
	code := m.Run()
	benchJournals.remove()
	os.Exit(code)
}

// journalCache holds the demo journals built so far.
type journalCache struct {
	mu      sync.Mutex
	dir     string
	paths   map[int]string
	exports map[int][]byte
}

// path returns a journal of n demo interviews and one draft in progress.
func (c *journalCache) path(b *testing.B, n int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p, ok := c.paths[n]; ok {
		return p
	}
	if c.dir == "" {
		dir, err := os.MkdirTemp("", "debrief-bench-")
		if err != nil {
			b.Fatal(err)
		}
		c.dir = dir
	}
	p := filepath.Join(c.dir, fmt.Sprintf("journal-%d.db", n))
	if err := workload.BuildJournal(p, n); err != nil {
		b.Fatal(err)
	}
	c.paths[n] = p
	return p
}

// export returns the JSON export of the journal of n interviews.
func (c *journalCache) export(b *testing.B, n int) []byte {
	path := c.path(b, n)
	c.mu.Lock()
	defer c.mu.Unlock()
	if data, ok := c.exports[n]; ok {
		return data
	}
	s := openReadOnly(b, path)
	defer s.Close()
	var buf bytes.Buffer
	if err := export.WriteJSONFrom(&buf, s); err != nil {
		b.Fatal(err)
	}
	c.exports[n] = buf.Bytes()
	return buf.Bytes()
}

func (c *journalCache) remove() {
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}

// largeWanted reports whether the 100k journal should be measured: when
// -bench names it, or DEBRIEF_BENCH_LARGE=1 asks for every size.
func largeWanted() bool {
	if os.Getenv("DEBRIEF_BENCH_LARGE") == "1" {
		return true
	}
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), "100k")
}

// eachSize runs fn as a sub-benchmark per journal size.
func eachSize(b *testing.B, fn func(b *testing.B, n int)) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			if sz.n >= 100000 && !largeWanted() {
				b.Skip("set DEBRIEF_BENCH_LARGE=1 or name 100k in -bench to build a 100,000-interview journal")
			}
			fn(b, sz.n)
		})
	}
}

// eachSizeReading runs fn at each journal size, on that journal opened to
// read, counting allocations.
func eachSizeReading(b *testing.B, fn func(b *testing.B, s *store.Store, n int)) {
	eachSize(b, func(b *testing.B, n int) {
		s := openReadOnly(b, benchJournals.path(b, n))
		defer s.Close()
		b.ReportAllocs()
		fn(b, s, n)
	})
}

func openReadOnly(tb testing.TB, path string) *store.Store {
	tb.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// copyJournal copies the journal at path into the benchmark's own folder,
// so writes never change the shared one.
func copyJournal(b *testing.B, path string) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	dst := filepath.Join(b.TempDir(), "journal.db")
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return dst
}

// BenchmarkOpenHome opens a journal and reads what the home screen lists
// first: the latest interviews, how many there are, and the drafts.
func BenchmarkOpenHome(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		path := benchJournals.path(b, n)
		b.ReportAllocs()
		for b.Loop() {
			s, err := store.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			recent, total, err := s.RecentSummaries(8)
			if err != nil || len(recent) != 8 || total != n {
				b.Fatalf("%d recent of %d: %v", len(recent), total, err)
			}
			if ds, err := s.Drafts(); err != nil || len(ds) != 1 {
				b.Fatalf("%d drafts: %v", len(ds), err)
			}
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSummaries reads the summary of every interview, as the list of
// interviews does when it opens.
func BenchmarkSummaries(b *testing.B) {
	eachSizeReading(b, func(b *testing.B, s *store.Store, n int) {
		for b.Loop() {
			sums, err := s.Summaries()
			if err != nil || len(sums) != n {
				b.Fatalf("%d summaries: %v", len(sums), err)
			}
		}
	})
}

// BenchmarkSaveDraft saves a half-written reflection the way the app does
// while someone types: each call commits and is on disk when it returns.
func BenchmarkSaveDraft(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		s, err := store.Open(copyJournal(b, benchJournals.path(b, n)))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		d := workload.Draft()
		b.SetBytes(int64(len(encodedDraft(b, &d))))
		b.ReportAllocs()
		for b.Loop() {
			d.Interview.AuthenticityWhy += "."
			if err := s.SaveDraft(&d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBareWriteFsync writes the bytes of one saved draft over the start
// of a file and syncs it: the least any durable save can cost on this disk,
// the yardstick for BenchmarkSaveDraft.
func BenchmarkBareWriteFsync(b *testing.B) {
	d := workload.Draft()
	data := encodedDraft(b, &d)
	f, err := os.Create(filepath.Join(b.TempDir(), "draft"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.WriteAt(data, 0); err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
	}
}

// encodedDraft returns about the bytes the store writes for d.
func encodedDraft(b *testing.B, d *journal.Draft) []byte {
	data, err := workload.DraftBytes(d)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkExportJSON writes the whole journal as the JSON interchange
// document, streaming from the store as `debrief export` does. It also
// reports how the journal file compares in size with its export.
func BenchmarkExportJSON(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		path := benchJournals.path(b, n)
		size := len(benchJournals.export(b, n))
		s := openReadOnly(b, path)
		defer s.Close()
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			if err := export.WriteJSONFrom(io.Discard, s); err != nil {
				b.Fatal(err)
			}
		}
		if fi, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(fi.Size())/float64(size), "file/json")
		}
	})
}

// BenchmarkImportJSON reads an export and imports it into a new journal in
// one transaction, as `debrief import` does.
func BenchmarkImportJSON(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		data := benchJournals.export(b, n)
		dir := b.TempDir()
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			b.StopTimer()
			i++
			s, err := store.Open(filepath.Join(dir, fmt.Sprintf("journal-%d.db", i)))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			doc, err := export.ReadJSON(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			rep, err := s.Import(doc.Interviews, doc.Reviews, false, false)
			if err != nil || rep.Added != n {
				b.Fatalf("import added %d of %d: %v", rep.Added, n, err)
			}
			b.StopTimer()
			s.Close()
			os.Remove(s.Path())
			b.StartTimer()
		}
	})
}

// BenchmarkSmallestRead times one of the cheapest reads there is, the
// drafts in progress (one), which is mostly the cost of the journal being
// opened and closed around each operation.
func BenchmarkSmallestRead(b *testing.B) {
	eachSize(b, func(b *testing.B, n int) {
		s, err := store.Open(benchJournals.path(b, n))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		b.ReportAllocs()
		for b.Loop() {
			if ds, err := s.Drafts(); err != nil || len(ds) != 1 {
				b.Fatalf("%d drafts: %v", len(ds), err)
			}
		}
	})
}
