package store

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

type zzPartial struct {
	ID               uint64      `json:"id"`
	Company          string      `json:"company"`
	Role             string      `json:"role"`
	Date             journal.Date        `json:"date"`
	Interviewers     []journal.Person    `json:"interviewers,omitempty"`
	DecisionExpected journal.Date        `json:"decision_expected,omitzero"`
	MoodAfter        journal.Rating      `json:"mood_after,omitempty"`
	Nerves           journal.Rating      `json:"nerves,omitempty"`
	Outcome          journal.Outcome     `json:"outcome"`
	StillInterested  bool        `json:"still_interested,omitempty"`
	FollowUps        []journal.FollowUp  `json:"followups,omitempty"`
}

func TestZZMeasure(t *testing.T) {
	now := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	ivs := demo.Generate(10000, 1, now)
	s, err := Open(filepath.Join(t.TempDir(), "j.db"))
	if err != nil { t.Fatal(err) }
	defer s.Close()
	if _, err := s.Import(ivs, nil, false, false); err != nil { t.Fatal(err) }
	for range 3 {
		t0 := time.Now()
		var n, bytes int
		s.view(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
				var p zzPartial
				bytes += len(v)
				n++
				return decode(v, &p, "x")
			})
		})
		t1 := time.Now()
		var sums []journal.Summary
		sums, _ = s.Summaries()
		t2 := time.Now()
		t.Logf("partial %v (%d, %d bytes) summaries %v %d", t1.Sub(t0), n, bytes, t2.Sub(t1), len(sums))
	}
}
