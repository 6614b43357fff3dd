package store_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// twoDebriefs opens one journal twice, as two debriefs in two terminals
// of one computer would: processes 101 and 202, both running until the
// test says otherwise in the returned map.
func twoDebriefs(t *testing.T) (a, b *store.Store, running map[int]bool, clock *time.Time) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	clock = &now
	running = map[int]bool{101: true, 202: true}
	open := func(pid int) *store.Store {
		s, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		s.Now = func() time.Time { *clock = clock.Add(time.Second); return *clock }
		s.Process = store.Process{PID: pid, Host: "desk", Running: func(pid int) bool { return running[pid] }}
		return s
	}
	return open(101), open(202), running, clock
}

// openedIn saves a new reflection from s's guided flow, which then holds it.
func openedIn(t *testing.T, s *store.Store, company string) journal.Draft {
	t.Helper()
	d := journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: company}}
	if _, err := s.KeepDraft(&d, false); err != nil {
		t.Fatal(err)
	}
	return d
}

func storedDraft(t *testing.T, s *store.Store, id uint64) *journal.Draft {
	t.Helper()
	d, err := s.Draft(id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDraftHolds(t *testing.T) {
	t.Run("ErrLocked", func(t *testing.T) {
		a, b, _, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		_, err := b.ClaimDraft(d.ID)
		since := time.Date(2026, 3, 14, 18, 0, 1, 0, time.UTC).Local().Format("15:04")
		if journal.ErrorCode(err) != journal.ELocked || err.Error() != "Open in another debrief window since "+since+": finish or close it there first." {
			t.Fatalf("a draft open in another debrief was claimed: %v", err)
		}
		other := storedDraft(t, b, d.ID)
		other.Interview.Company = "Written over"
		if err := b.SaveDraft(other); journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("SaveDraft wrote over a draft open elsewhere: %v", err)
		}
		if err := b.DeleteDraft(d.ID); journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("DeleteDraft removed a draft open elsewhere: %v", err)
		}
		if got := storedDraft(t, a, d.ID); got.Interview.Company != "Acme" {
			t.Fatalf("the draft holds %q", got.Interview.Company)
		}
	})
	t.Run("OK", func(t *testing.T) {
		a, b, _, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		// Pausing gives the draft back, keeping what was typed.
		d.Interview.Role = "Backend engineer"
		if kept, err := a.KeepDraft(&d, true); err != nil || kept != journal.KeptInPlace || d.Holder != nil {
			t.Fatalf("pause: %v %v %+v", kept, err, d.Holder)
		}
		before := storedDraft(t, b, d.ID)
		got, err := b.ClaimDraft(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Interview.Role != "Backend engineer" || got.Holder == nil || got.Holder.PID != 202 || !got.UpdatedAt.Equal(before.UpdatedAt) {
			t.Fatalf("claimed %+v, holder %+v", got.Interview, got.Holder)
		}
		// Its saves keep the hold; the first debrief is refused now.
		got.Interview.Role = "Staff engineer"
		if kept, err := b.KeepDraft(got, false); err != nil || kept != journal.KeptInPlace || got.ID != d.ID {
			t.Fatalf("save: %v %v", kept, err)
		}
		if _, err := a.ClaimDraft(d.ID); journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("claimed twice: %v", err)
		}
		// The same debrief may open its own draft again.
		if _, err := b.ClaimDraft(d.ID); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("GoneHolderTakenOver", func(t *testing.T) {
		a, b, running, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		running[101] = false
		taken, err := b.ClaimDraft(d.ID)
		if err != nil {
			t.Fatalf("the draft of a debrief that is gone: %v", err)
		}
		taken.Interview.Role = "B's words"
		if _, err := b.KeepDraft(taken, false); err != nil {
			t.Fatal(err)
		}
		// The first debrief was not gone after all: what it saves next
		// goes to a new draft, never over B's words.
		running[101] = true
		d.Interview.Role = "A's words"
		kept, err := a.KeepDraft(&d, false)
		if err != nil || kept != journal.KeptAsCopyTaken || d.ID == taken.ID {
			t.Fatalf("kept %v, id %d, err %v", kept, d.ID, err)
		}
		if got := storedDraft(t, a, taken.ID); got.Interview.Role != "B's words" {
			t.Fatalf("B's draft holds %q", got.Interview.Role)
		}
		if got := storedDraft(t, a, d.ID); got.Interview.Role != "A's words" || got.Holder == nil || got.Holder.PID != 101 {
			t.Fatalf("A's copy: %+v", got)
		}
		// A's copy is A's: its next save goes over it.
		if kept, err := a.KeepDraft(&d, false); err != nil || kept != journal.KeptInPlace {
			t.Fatalf("next save: %v %v", kept, err)
		}
	})
	t.Run("FinishedElsewhere", func(t *testing.T) {
		a, b, running, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		running[101] = false
		taken, err := b.ClaimDraft(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		iv := journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 14)}
		if err := b.FinishDraft(taken.ID, &iv); err != nil {
			t.Fatal(err)
		}
		running[101] = true
		kept, err := a.KeepDraft(&d, false)
		if err != nil || kept != journal.KeptAsCopyGone || d.ID == taken.ID {
			t.Fatalf("kept %v, id %d, err %v", kept, d.ID, err)
		}
	})
	t.Run("FinishLeavesDraftOpenElsewhere", func(t *testing.T) {
		a, b, _, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		iv := journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 14)}
		if err := b.FinishDraft(d.ID, &iv); err != nil {
			t.Fatal(err)
		}
		if got := storedDraft(t, a, d.ID); got.Interview.Company != "Acme" {
			t.Fatalf("draft: %+v", got)
		}
	})
	t.Run("AnotherComputer", func(t *testing.T) {
		a, b, _, clock := twoDebriefs(t)
		a.Process.Host = "laptop"
		d := openedIn(t, a, "Acme")
		_, err := b.ClaimDraft(d.ID)
		if journal.ErrorCode(err) != journal.ELocked || !strings.Contains(err.Error(), "on another computer") {
			t.Fatalf("a draft open on another computer: %v", err)
		}
		*clock = clock.Add(61 * time.Minute)
		if _, err := b.ClaimDraft(d.ID); err != nil {
			t.Fatalf("a hold of another computer untouched for an hour: %v", err)
		}
	})
	t.Run("ProcessIDTakenByAnotherProgram", func(t *testing.T) {
		a, b, _, clock := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		*clock = clock.Add(11 * time.Hour)
		if _, err := b.ClaimDraft(d.ID); journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("a running debrief's hold after 11 hours: %v", err)
		}
		*clock = clock.Add(2 * time.Hour)
		if _, err := b.ClaimDraft(d.ID); err != nil {
			t.Fatalf("a hold untouched for 13 hours: %v", err)
		}
	})
	t.Run("ReclaimAfterRelease", func(t *testing.T) {
		// A save after the one that paused (typing that came in while it
		// was on its way) takes the draft again, in place.
		a, _, _, _ := twoDebriefs(t)
		d := openedIn(t, a, "Acme")
		if _, err := a.KeepDraft(&d, true); err != nil {
			t.Fatal(err)
		}
		if kept, err := a.KeepDraft(&d, false); err != nil || kept != journal.KeptInPlace || d.Holder == nil {
			t.Fatalf("%v %v %+v", kept, err, d.Holder)
		}
	})
}

// TestKeepDraftReadFromTheList: a draft read from the list, with another
// debrief's hold in it, is not saved over that debrief's words.
func TestKeepDraftReadFromTheList(t *testing.T) {
	a, b, _, _ := twoDebriefs(t)
	d := openedIn(t, a, "Acme")
	listed := storedDraft(t, b, d.ID)
	listed.Interview.Company = "Written over"
	kept, err := b.KeepDraft(listed, false)
	if err != nil || kept != journal.KeptAsCopyTaken || listed.ID == d.ID {
		t.Fatalf("kept %v, id %d, err %v", kept, listed.ID, err)
	}
	if got := storedDraft(t, a, d.ID); got.Interview.Company != "Acme" {
		t.Fatalf("the draft open in the other debrief holds %q", got.Interview.Company)
	}
}

// BenchmarkKeepDraft is BenchmarkSaveDraft for the guided flow's save,
// which reads the stored draft to check its hold first.
func BenchmarkKeepDraft(b *testing.B) {
	s := MustOpen(b)
	d := journal.Draft{Kind: journal.DraftInterview, Interview: *sample()}
	d.Interview.ID = 0
	b.ReportAllocs()
	for b.Loop() {
		d.Interview.AuthenticityWhy += "."
		if _, err := s.KeepDraft(&d, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveDraftSmall is BenchmarkKeepDraft's yardstick: the plain
// save of the same draft on the same small journal.
func BenchmarkSaveDraftSmall(b *testing.B) {
	s := MustOpen(b)
	d := journal.Draft{Kind: journal.DraftInterview, Interview: *sample()}
	d.Interview.ID = 0
	b.ReportAllocs()
	for b.Loop() {
		d.Interview.AuthenticityWhy += "."
		if err := s.SaveDraft(&d); err != nil {
			b.Fatal(err)
		}
	}
}
