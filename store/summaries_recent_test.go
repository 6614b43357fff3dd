package store_test

import (
	"reflect"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestRecentSummaries(t *testing.T) {
	s := MustOpen(t)
	t.Run("Empty", func(t *testing.T) {
		got, total, err := s.RecentSummaries(8)
		if err != nil || len(got) != 0 || total != 0 {
			t.Fatalf("got %v, %d, %v", got, total, err)
		}
	})
	for _, d := range []int{5, 20, 1, 12, 7} {
		iv := sample()
		iv.Date = journal.NewDate(2025, 1, d)
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 3, 5, 8} {
		got, total, err := s.RecentSummaries(n)
		if err != nil {
			t.Fatal(err)
		}
		if want := all[:min(n, len(all))]; total != 5 || !reflect.DeepEqual(got, want) {
			t.Errorf("RecentSummaries(%d) = %+v, %d; want %+v, 5", n, got, total, want)
		}
	}
}
