package store_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestZZMeasure(t *testing.T) {
	now := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	ivs := demo.Generate(10000, 1, now)
	s, err := store.Open(filepath.Join(t.TempDir(), "j.db"))
	if err != nil { t.Fatal(err) }
	defer s.Close()
	if _, err := s.Import(ivs, nil, false, false); err != nil { t.Fatal(err) }
	for range 3 {
		t0 := time.Now()
		all, err := s.Interviews()
		if err != nil { t.Fatal(err) }
		t1 := time.Now()
		a := journal.BuildAgenda(all, journal.DateOf(now))
		t2 := time.Now()
		t.Logf("decode %v agenda %v counts %+v", t1.Sub(t0), t2.Sub(t1), a.Counts())
	}
}
