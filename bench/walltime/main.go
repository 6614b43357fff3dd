// Command walltime runs commands many times, in alternation so that noise
// on the machine falls on all of them alike, and prints the median and the
// 90th percentile of each one's wall time.
//
//	walltime -n 200 -- 'debrief status --prompt' 'debrief --version'
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 100, "runs of each command")
	flag.Parse()
	cmds := flag.Args()
	if len(cmds) == 0 {
		fmt.Fprintln(os.Stderr, "usage: walltime [-n N] -- 'command args' ...")
		os.Exit(2)
	}
	times := make([][]time.Duration, len(cmds))
	for range *n {
		for i, c := range cmds {
			args := strings.Fields(c)
			cmd := exec.Command(args[0], args[1:]...)
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", c, err)
				os.Exit(1)
			}
			times[i] = append(times[i], time.Since(start))
		}
	}
	for i, c := range cmds {
		t := times[i]
		slices.Sort(t)
		fmt.Printf("%-40s median %6.2f ms   p90 %6.2f ms   (%d runs)\n", c,
			ms(t[len(t)/2]), ms(t[len(t)*9/10]), len(t))
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
