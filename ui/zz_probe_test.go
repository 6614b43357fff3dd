package ui

import (
	"fmt"
	"sort"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkZZProbe(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		j := newBenchJournal(b, n)
		p := newBrowsePage(benchShared(j), "")
		p.Update(p.Init()())
		p.Update(browsePreparedMsg{cands: prepareCandidates(j.sums)})
		p.Update(j.textsMsg())
		p.mode = browseTyping
		p.input.Focus()
		type rec struct {
			q   string
			n   int
			cpu time.Duration
		}
		var recs []rec
		var total time.Duration
		for round := 0; round < 3; round++ {
			for _, k := range keystrokes() {
				c0 := cpuNow()
				p.Update(k)
				p.View()
				c := cpuNow() - c0
				total += c
				recs = append(recs, rec{p.list.raw, len(p.list.matches), c})
			}
		}
		sort.Slice(recs, func(a, b int) bool { return recs[a].cpu > recs[b].cpu })
		fmt.Printf("n=%d keystrokes=%d mean cpu %.2fms p99 cpu %.2fms\n", n, len(recs), float64(total)/float64(len(recs))/1e6, float64(recs[len(recs)/100].cpu)/1e6)
		for _, r := range recs[:8] {
			fmt.Printf("  %-26q %6d %7.2fms\n", r.q, r.n, float64(r.cpu)/1e6)
		}
	}
}
