// Command mkjournal writes a demo journal of a given size for the
// benchmarks.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
)

func main() {
	n := flag.Int("n", 10000, "number of interviews")
	db := flag.String("db", "", "journal file to create (must not exist)")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "mkjournal: -db is required")
		os.Exit(2)
	}
	if err := workload.BuildJournal(*db, *n); err != nil {
		fmt.Fprintln(os.Stderr, "mkjournal:", journal.ErrorMessage(err))
		os.Exit(1)
	}
}
