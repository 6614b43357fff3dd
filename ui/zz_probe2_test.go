package ui

import "testing"

func BenchmarkZZOnDash(b *testing.B) {
	j := newBenchJournal(b, 100000)
	l := newBrowseList(j.sums)
	l.adopt(prepareCandidates(j.sums))
	msg := j.textsMsg()
	l.setTexts(msg.texts, msg.index)
	b.ResetTimer()
	for range b.N {
		l.setQuery("on")
		l.setQuery("on-")
		l.setQuery("")
	}
}
