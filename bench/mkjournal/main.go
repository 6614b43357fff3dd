// Command mkjournal writes a demo journal of a given size for the
// benchmarks, importing the demo interviews in batches so that even a very
// large journal is built without holding every interview in memory.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func main() {
	n := flag.Int("n", 10000, "number of interviews")
	seed := flag.Int64("seed", 1, "seed of the demo data")
	db := flag.String("db", "", "journal file to create (must not exist)")
	batch := flag.Int("batch", 5000, "interviews per import transaction")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "mkjournal: -db is required")
		os.Exit(2)
	}
	if err := build(*db, *n, *seed, *batch); err != nil {
		fmt.Fprintln(os.Stderr, "mkjournal:", journal.ErrorMessage(err))
		os.Exit(1)
	}
}

// build creates the journal at path and fills it with n demo interviews.
func build(path string, n int, seed int64, batch int) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists", path)
	}
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	pending := make([]journal.Interview, 0, batch)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		_, err := s.Import(pending, nil, false, false)
		pending = pending[:0]
		return err
	}
	// A fixed clock keeps the journal the same from one run to the next.
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	err = demo.Stream(n, seed, now, func(iv journal.Interview) error {
		pending = append(pending, iv)
		if len(pending) == batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}
