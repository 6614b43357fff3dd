package store

import (
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestHolding: the reads run inside Holding share the one opening of the
// journal's file it made, which ends with it.
func TestHolding(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	must(t, err)
	defer s.Close()
	must(t, s.CreateInterview(&journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 1)}))
	must(t, s.Holding(func() error {
		s.mu.Lock()
		held := s.db
		s.mu.Unlock()
		if held == nil {
			t.Fatal("the journal is not open inside Holding")
		}
		if _, err := s.Agenda(journal.NewDate(2026, 3, 2)); err != nil {
			return err
		}
		if _, err := s.CardDueCounts(); err != nil {
			return err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.db != held {
			t.Fatal("a read inside Holding opened the journal again")
		}
		return nil
	}))
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db != nil {
		t.Fatal("the journal is still open after Holding")
	}
}
