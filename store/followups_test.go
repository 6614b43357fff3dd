package store_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

var fuNow = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)

// fuJournal is a demo journal of n interviews in which some follow-ups were
// done, skipped or snoozed, as a journal in use has.
func fuJournal(n int) []journal.Interview {
	ivs := demo.Generate(n, 3, fuNow)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range ivs {
		iv := &ivs[i]
		for _, f := range journal.PlanFollowUps(iv, iv.Date.AddDays(3)) {
			on := iv.Date.AddDays(r.IntN(10))
			switch r.IntN(6) {
			case 0:
				iv.MarkFollowUp(f.ID, journal.FollowUpDone, on, journal.Date{}, "")
			case 1:
				iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, on, journal.Date{}, "no")
			case 2:
				iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(400)), "")
			}
		}
	}
	return ivs
}

// agendaKeys lists "group interview/follow-up company" for every item, so two
// agendas compare in one go.
func agendaKeys(a journal.Agenda) []string {
	var out []string
	for name, group := range map[string][]journal.AgendaItem{"overdue": a.Overdue, "today": a.Today, "week": a.ThisWeek, "later": a.Later,
		"stale": a.Stale, "snoozed": a.Snoozed} {
		for _, it := range group {
			out = append(out, fmt.Sprintf("%s %d/%s %s %s due %s", name, it.InterviewID, it.FollowUp.ID, it.Company, it.Role, it.FollowUp.Due))
		}
	}
	slices.Sort(out)
	return out
}

// wantAgenda draws the agenda from every whole interview, the slow way.
func wantAgenda(t *testing.T, s *store.Store, day journal.Date) journal.Agenda {
	t.Helper()
	all, err := s.Interviews()
	if err != nil {
		t.Fatal(err)
	}
	return journal.BuildAgenda(all, day)
}

func checkAgenda(t *testing.T, s *store.Store, day journal.Date) journal.Agenda {
	t.Helper()
	got, err := s.Agenda(day)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := agendaKeys(got), agendaKeys(wantAgenda(t, s, day)); !slices.Equal(g, w) {
		t.Fatalf("agenda on %s from the index differs:\n got %d items %v\nwant %d items %v", day, len(g), head(g), len(w), head(w))
	}
	return got
}

func head(s []string) []string { return s[:min(len(s), 5)] }

func TestAgendaIndex(t *testing.T) {
	s := MustOpen(t)
	if _, err := s.Import(fuJournal(1500), nil, false, false); err != nil {
		t.Fatal(err)
	}
	today := journal.DateOf(fuNow)
	var total int
	for d := -700; d <= 400; d += 23 {
		total += checkAgenda(t, s, today.AddDays(d)).Counts().Total()
	}
	if total == 0 {
		t.Fatal("the sample journal never has anything open")
	}

	t.Run("FollowsWrites", func(t *testing.T) {
		a := checkAgenda(t, s, today)
		if len(a.Overdue)+len(a.Today) == 0 {
			t.Fatal("nothing due today to act on")
		}
		item := append(a.Overdue, a.Today...)[0]
		iv, err := s.Interview(item.InterviewID)
		if err != nil {
			t.Fatal(err)
		}
		if err := iv.MarkFollowUp(item.FollowUp.ID, journal.FollowUpSnoozed, today, today.AddDays(500), ""); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateInterview(iv); err != nil {
			t.Fatal(err)
		}
		checkAgenda(t, s, today)
		checkAgenda(t, s, today.AddDays(500))
		later := checkAgenda(t, s, today.AddDays(501))
		if !slices.ContainsFunc(slices.Concat(later.Overdue, later.Today), func(it journal.AgendaItem) bool {
			return it.InterviewID == item.InterviewID && it.FollowUp.ID == item.FollowUp.ID
		}) {
			t.Fatal("the snoozed follow-up did not come back when its snooze ended")
		}

		removed, err := s.DeleteInterview(item.InterviewID)
		if err != nil {
			t.Fatal(err)
		}
		checkAgenda(t, s, today.AddDays(501))
		if err := s.RestoreInterview(removed); err != nil {
			t.Fatal(err)
		}
		checkAgenda(t, s, today.AddDays(501))

		removed.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: today}
		removed.StillInterested = true
		if _, err := s.Import([]journal.Interview{*removed}, nil, true, false); err != nil {
			t.Fatal(err)
		}
		checkAgenda(t, s, today)
		checkAgenda(t, s, today.AddDays(3000))
	})
}

// TestAgendaIndexBuiltOnFirstUse opens a journal that was written without
// the index, as every journal made before it was, read-only and then as
// usual.
func TestAgendaIndexBuiltOnFirstUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(fuJournal(300), nil, false, false); err != nil {
		t.Fatal(err)
	}
	today := journal.DateOf(fuNow)
	want := agendaKeys(checkAgenda(t, s, today))
	s.Close()

	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte(store.FollowUpIndexBucket)) }); err != nil {
		t.Fatal(err)
	}
	db.Close()

	for _, opts := range []store.Options{{ReadOnly: true}, {}} {
		s, err := store.Open(path, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Agenda(today)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if g := agendaKeys(got); !slices.Equal(g, want) {
			t.Fatalf("read-only %v: agenda without the index has %d items, want %d", opts.ReadOnly, len(g), len(want))
		}
	}
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(store.FollowUpIndexBucket)) == nil {
			return fmt.Errorf("the index was not built on first use")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestAgendaIndexOfOlderRules opens a journal whose index was built under
// older follow-up rules (here, one missing half its entries and the mark of
// the rules it was built under): it is never read, check does not hold it
// against the journal, and its first use rebuilds it.
func TestAgendaIndexOfOlderRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(fuJournal(300), nil, false, false); err != nil {
		t.Fatal(err)
	}
	today := journal.DateOf(fuNow)
	want := agendaKeys(checkAgenda(t, s, today))
	s.Close()

	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte("meta")).Delete([]byte("followup-rules")); err != nil {
			return err
		}
		b := tx.Bucket([]byte(store.FollowUpIndexBucket))
		var gone [][]byte
		i := 0
		_ = b.ForEach(func(k, _ []byte) error {
			if k[0] == 'h' && i%2 == 0 {
				gone = append(gone, bytes.Clone(k))
			}
			i++
			return nil
		})
		for _, k := range gone {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	for _, opts := range []store.Options{{ReadOnly: true}, {}} {
		s, err := store.Open(path, opts)
		if err != nil {
			t.Fatal(err)
		}
		if rep := mustCheck(t, s); !rep.OK() {
			t.Fatalf("read-only %v: check holds the old index against the journal: %+v", opts.ReadOnly, rep)
		}
		got, err := s.Agenda(today)
		if err == nil && !opts.ReadOnly {
			if rep := mustCheck(t, s); !rep.OK() {
				t.Fatalf("the rebuilt index does not pass check: %+v", rep)
			}
		}
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if g := agendaKeys(got); !slices.Equal(g, want) {
			t.Fatalf("read-only %v: agenda has %d items, want %d", opts.ReadOnly, len(g), len(want))
		}
	}
}

func TestLessonsSince(t *testing.T) {
	s := MustOpen(t)
	day := journal.NewDate(2026, 3, 1)
	for i, lessons := range [][]string{{"before"}, {"on the day"}, {"first after", "second after"}, {"newest"}} {
		iv := &journal.Interview{Company: "Acme", Date: day.AddDays(i - 1), Lessons: lessons}
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.LessonsSince(day, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"newest", "first after", "second after"}; !slices.Equal(got, want) {
		t.Fatalf("lessons since %s = %v, want %v", day, got, want)
	}
	if got, _ := s.LessonsSince(day, 2); len(got) != 2 {
		t.Fatalf("limit 2 gave %v", got)
	}
}

// BenchmarkAgenda10k draws the agenda of a 10,000-interview journal through
// the index; BenchmarkAgendaDecodeAll10k does it by decoding every
// interview, for comparison.
func BenchmarkAgenda10k(b *testing.B) {
	s := benchFollowUpJournal(b)
	today := journal.DateOf(fuNow)
	var n int
	cpu, known := processCPU()
	for b.Loop() {
		a, err := s.Agenda(today)
		if err != nil {
			b.Fatal(err)
		}
		n = a.Counts().Total()
	}
	reportCPU(b, cpu, known)
	b.ReportMetric(float64(n), "open-items")
}

func BenchmarkAgendaDecodeAll10k(b *testing.B) {
	s := benchFollowUpJournal(b)
	today := journal.DateOf(fuNow)
	for b.Loop() {
		all, err := s.Interviews()
		if err != nil {
			b.Fatal(err)
		}
		journal.BuildAgenda(all, today)
	}
}

func benchFollowUpJournal(b *testing.B) *store.Store {
	b.Helper()
	s := MustOpen(b)
	if _, err := s.Import(fuJournal(10000), nil, false, false); err != nil {
		b.Fatal(err)
	}
	if _, err := s.Agenda(journal.DateOf(fuNow)); err != nil {
		b.Fatal(err)
	}
	return s
}
