// Command firstframe measures how long terminal programs take to draw their
// first useful frame. It starts each program in a pseudo-terminal of a fixed
// size, reads what the program writes until a marker text appears on screen,
// and records the wall time from start to marker. Programs are run in turn,
// round after round, so that noise on the machine falls on all of them alike.
//
// Each case is given as NAME|MARKER|COMMAND ARGS..., the command split on
// spaces. The result is one tab-separated line per case: name, runs, median,
// p90, min and max in milliseconds, and the median processor time each start
// used, which a busy machine disturbs less than the wall time.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// caseSpec is one program to time.
type caseSpec struct {
	name   string
	marker string
	argv   []string
}

// caseList collects the repeated -case flag.
type caseList []caseSpec

func (l *caseList) String() string { return fmt.Sprint(len(*l)) }

func (l *caseList) Set(s string) error {
	parts := strings.SplitN(s, "|", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || strings.TrimSpace(parts[2]) == "" {
		return fmt.Errorf("want NAME|MARKER|COMMAND, got %q", s)
	}
	*l = append(*l, caseSpec{name: parts[0], marker: parts[1], argv: strings.Fields(parts[2])})
	return nil
}

func main() {
	var cases caseList
	flag.Var(&cases, "case", "NAME|MARKER|COMMAND ARGS... (repeatable)")
	runs := flag.Int("runs", 15, "runs of each case")
	warmup := flag.Int("warmup", 2, "untimed rounds first, so every case starts with warm caches")
	cols := flag.Int("cols", 100, "terminal width")
	rows := flag.Int("rows", 30, "terminal height")
	timeout := flag.Duration("timeout", 15*time.Second, "give up on a run after this long")
	trace := flag.Bool("trace", false, "print when each piece of output arrived, on standard error")
	flag.Parse()
	if len(cases) == 0 {
		fmt.Fprintln(os.Stderr, "firstframe: give at least one -case")
		os.Exit(2)
	}
	term := terminal{cols: *cols, rows: *rows, timeout: *timeout}
	if *trace {
		term.trace = os.Stderr
	}
	times := make([][]time.Duration, len(cases))
	cpu := make([][]time.Duration, len(cases))
	for round := range *warmup + *runs {
		for i, c := range cases {
			r, err := term.firstFrame(c)
			if err != nil {
				fmt.Fprintf(os.Stderr, "firstframe: %s: %v\n", c.name, err)
				os.Exit(1)
			}
			if round >= *warmup {
				times[i] = append(times[i], r.frame)
				cpu[i] = append(cpu[i], r.cpu)
			}
		}
	}
	fmt.Println("# case\truns\tmedian_ms\tp90_ms\tmin_ms\tmax_ms\tcpu_ms")
	for i, c := range cases {
		s := summarize(times[i])
		fmt.Printf("%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\n", c.name, len(times[i]), ms(s.median), ms(s.p90), ms(s.min), ms(s.max), ms(summarize(cpu[i]).median))
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
