package store

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestAgendaKeepsItsItems: an agenda drawn up earlier reads the same after
// later agendas decoded their copies into the room its copies had, the
// copies FollowUpInterviews returns are never that room, and agendas
// drawn up at the same time each have their own.
func TestAgendaKeepsItsItems(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	must(t, err)
	defer s.Close()
	_, err = s.Import(manyStates(500, 21), nil, false, false)
	must(t, err)
	day := journal.NewDate(2025, time.June, 1)
	first, err := s.Agenda(day)
	must(t, err)
	want := itemLines(first)
	kept, err := s.FollowUpInterviews(day)
	must(t, err)
	keptLines := itemLines(journal.BuildAgenda(kept, day))
	if s.planning.Load() == nil {
		t.Fatal("the room of the first agenda was not kept")
	}
	for d := range 6 {
		if _, err := s.Agenda(day.AddDays(-200 + 90*d)); err != nil {
			t.Fatal(err)
		}
	}
	if got := itemLines(first); !slices.Equal(got, want) {
		t.Fatal("later agendas changed the items of the first")
	}
	if got := itemLines(journal.BuildAgenda(kept, day)); !slices.Equal(got, keptLines) {
		t.Fatal("later agendas changed the copies FollowUpInterviews returned")
	}

	// Agendas drawn up at once never share room.
	var wg sync.WaitGroup
	results := make([][]string, 4)
	for i := range results {
		wg.Go(func() {
			a, err := s.Agenda(day)
			if err == nil {
				results[i] = itemLines(a)
			}
		})
	}
	wg.Wait()
	for i, got := range results {
		if !slices.Equal(got, want) {
			t.Fatalf("agenda %d drawn up at the same time as others differs", i)
		}
	}
}
