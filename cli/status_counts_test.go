package cli

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestPromptStatusAsReminders: the status the prompt reads, drawn up a
// batch of interviews at a time without keeping them, is the one drawn
// from the whole agenda as 'debrief remind' keeps it, on days with many
// follow-ups open, snoozed and stale.
func TestPromptStatusAsReminders(t *testing.T) {
	made := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	s, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ivs := demo.Generate(2500, 9, made)
	for i := range ivs {
		if i%5 == 0 {
			for _, f := range journal.PlanFollowUps(&ivs[i], ivs[i].Date.AddDays(2)) {
				_ = ivs[i].MarkFollowUp(f.ID, journal.FollowUpSnoozed, ivs[i].Date, ivs[i].Date.AddDays(200+i%300), "")
			}
		}
	}
	if _, err := s.Import(ivs, nil, false, false); err != nil {
		t.Fatal(err)
	}
	for _, now := range []time.Time{made.AddDate(-1, 0, 0), made, made.AddDate(0, 9, 0)} {
		env := Env{Now: func() time.Time { return now }}
		today := journal.DateOf(now)
		_, want, err := gatherReminders(s, env, today)
		if err != nil {
			t.Fatal(err)
		}
		got, err := promptStatus(s, env, today)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.FollowUps) < 2 || !reflect.DeepEqual(got, want) {
			t.Fatalf("on %s the status is\n%+v\nwant\n%+v", today, got, want)
		}
	}
}
