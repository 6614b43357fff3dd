package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestAgendaKeepsItsItems: an agenda drawn up earlier reads the same after
// later agendas decoded their copies into the room its copies had, and
// the copies FollowUpInterviews returns are never that room.
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
}
