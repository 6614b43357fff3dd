// Command savetime compares saving a draft in a journal, until it is on
// disk, with the least a durable write can cost: writing the same bytes to
// a plain file and syncing it. The two are timed in turn, save after save,
// so both see the same disk and the same noise. The journal given is
// written to; pass a copy.
//
// It prints one tab-separated line per kind of write: name, count, p50,
// p99 and mean in microseconds.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func main() {
	db := flag.String("db", "", "journal to save drafts in (it is modified)")
	saves := flag.Int("saves", 500, "saves of each kind")
	every := flag.Duration("every", 0, "pause between one save (or bare write) and the next, as when someone types and autosave runs")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "savetime: -db is required")
		os.Exit(2)
	}
	durable, bare, err := measure(*db, *saves, *every)
	if err != nil {
		fmt.Fprintln(os.Stderr, "savetime:", journal.ErrorMessage(err))
		os.Exit(1)
	}
	fmt.Println("# write\tcount\tp50_us\tp99_us\tmean_us")
	report("durable_save", durable)
	report("bare_write_fsync", bare)
}

// measure saves the draft n times in the journal and writes its bytes n
// times to a file beside it, alternating and pausing every after each, and
// returns both sets of times.
func measure(path string, n int, every time.Duration) (durable, bare []time.Duration, err error) {
	s, err := store.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	f, err := os.CreateTemp(filepath.Dir(path), ".savetime-*")
	if err != nil {
		return nil, nil, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	d := workload.Draft()
	for range n {
		// Each save carries one more typed character, as autosave does.
		d.Interview.AuthenticityWhy += "a"
		t0 := time.Now()
		if err := s.SaveDraft(&d); err != nil {
			return nil, nil, err
		}
		durable = append(durable, time.Since(t0))
		time.Sleep(every)

		data, err := workload.DraftBytes(&d)
		if err != nil {
			return nil, nil, err
		}
		t0 = time.Now()
		if _, err := f.WriteAt(data, 0); err != nil {
			return nil, nil, err
		}
		if err := f.Sync(); err != nil {
			return nil, nil, err
		}
		bare = append(bare, time.Since(t0))
		time.Sleep(every)
	}
	return durable, bare, nil
}

func report(name string, ds []time.Duration) {
	s := slices.Clone(ds)
	slices.Sort(s)
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	fmt.Printf("%s\t%d\t%.0f\t%.0f\t%.0f\n", name, len(s), us(quantile(s, 0.5)), us(quantile(s, 0.99)), us(sum/time.Duration(len(s))))
}

// quantile returns the nearest-rank q-quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }
