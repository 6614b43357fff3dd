package ui

import (
	"fmt"
	"testing"
	"time"
)

func BenchmarkZZProbe(b *testing.B) {
	j := newBenchJournal(b, 100000)
	p := newBrowsePage(benchShared(j), "")
	p.Update(p.Init()())
	p.Update(browsePreparedMsg{cands: prepareCandidates(j.sums)})
	p.Update(j.textsMsg())
	p.mode = browseTyping
	p.input.Focus()
	for _, k := range keystrokes() {
		t0 := time.Now()
		p.Update(k)
		t1 := time.Now()
		p.View()
		t2 := time.Now()
		fmt.Printf("%-28q %6d upd %6.2fms view %5.2fms\n", p.list.raw, len(p.list.matches), float64(t1.Sub(t0))/1e6, float64(t2.Sub(t1))/1e6)
	}
}
