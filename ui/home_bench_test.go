package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// BenchmarkHomeView draws the home screen of a journal of years at 100x30,
// as the first frame of the app does.
func BenchmarkHomeView(b *testing.B) {
	m := New(Options{Tick: uitest.Tick, Journal: demoJournal(b, 10000), Path: "/tmp/journal.db", Now: func() time.Time { return fixedNow },
		Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(b, m, m.Init())
	b.ReportAllocs()
	for b.Loop() {
		m.View()
	}
}
