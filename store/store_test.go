package store_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// MustOpen opens a new journal in a temporary folder with a fixed clock.
func MustOpen(tb testing.TB) *store.Store {
	tb.Helper()
	s, err := store.Open(filepath.Join(tb.TempDir(), "journal.db"))
	if err != nil {
		tb.Fatal(err)
	}
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { now = now.Add(time.Second); return now }
	tb.Cleanup(func() { s.Close() })
	return s
}

func sample() *journal.Interview {
	return &journal.Interview{
		Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 14),
		Stage: journal.StageFirst, Format: journal.FormatVideo,
		Interviewers: []journal.Person{{Name: "Dana Kim", Title: "Engineering manager", Contact: "dana@example.com"}},
		MoodBefore:   2, MoodAfter: 3, WentWell: []string{"the caching story"},
		Curveballs:   []journal.Curveball{{Question: "Salary expectations?", Answer: "I froze", BetterAnswer: "A range", Tags: []string{"salary"}}},
		Authenticity: 4, Lessons: []string{"slow down"}, Answers: []journal.Answer{{Prompt: "custom", Title: "Custom", Value: "héllo ✓"}},
	}
}

func TestInterviews(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := MustOpen(t)
		iv := sample()
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
		if iv.ID != 1 || iv.CreatedAt.IsZero() {
			t.Fatalf("id %d created %v", iv.ID, iv.CreatedAt)
		}
		got, err := s.Interview(iv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Curveballs[0].BetterAnswer != "A range" || got.Answers[0].Value != "héllo ✓" || got.Interviewers[0].Contact != "dana@example.com" {
			t.Fatalf("round trip lost data: %+v", got)
		}
		created := got.CreatedAt
		got.Date = journal.NewDate(2026, 3, 10)
		got.Role = "Staff engineer"
		if err := s.UpdateInterview(got); err != nil {
			t.Fatal(err)
		}
		if !got.UpdatedAt.After(created) || !got.CreatedAt.Equal(created) {
			t.Fatalf("timestamps: created %v updated %v", got.CreatedAt, got.UpdatedAt)
		}
		sums, err := s.Summaries()
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != 1 || sums[0].Role != "Staff engineer" || sums[0].Date != journal.NewDate(2026, 3, 10) {
			t.Fatalf("summary not moved with the update: %+v", sums)
		}
	})
	t.Run("SummariesNewestFirst", func(t *testing.T) {
		s := MustOpen(t)
		for _, d := range []int{5, 20, 1, 12} {
			iv := sample()
			iv.Date = journal.NewDate(2025, 1, d)
			if err := s.CreateInterview(iv); err != nil {
				t.Fatal(err)
			}
		}
		sums, _ := s.Summaries()
		var days []int
		for _, sm := range sums {
			days = append(days, sm.Date.Day())
		}
		if len(days) != 4 || days[0] != 20 || days[1] != 12 || days[2] != 5 || days[3] != 1 {
			t.Fatalf("order %v", days)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		s := MustOpen(t)
		iv := sample()
		iv.Authenticity = 9
		if err := s.CreateInterview(iv); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		if iv.ID != 0 {
			t.Fatal("a failed create left an ID on the interview")
		}
		if n, _ := s.CountInterviews(); n != 0 {
			t.Fatal("invalid interview was stored")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := MustOpen(t)
		if _, err := s.Interview(42); journal.ErrorCode(err) != journal.ENotFound {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("DeleteAndRestore", func(t *testing.T) {
		s := MustOpen(t)
		iv := sample()
		s.CreateInterview(iv)
		old, err := s.DeleteInterview(iv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if sums, _ := s.Summaries(); len(sums) != 0 {
			t.Fatal("summary left behind")
		}
		if err := s.RestoreInterview(old); err != nil {
			t.Fatal(err)
		}
		got, err := s.Interview(iv.ID)
		if err != nil || got.Company != "Acme" || !got.UpdatedAt.Equal(old.UpdatedAt) {
			t.Fatalf("restore: %v %+v", err, got)
		}
		next := sample()
		s.CreateInterview(next)
		if next.ID == iv.ID {
			t.Fatal("ID reused after restore")
		}
	})
}

func TestDrafts(t *testing.T) {
	s := MustOpen(t)
	d := &journal.Draft{Kind: journal.DraftInterview, Interview: *sample(), Step: 6, Answered: 6, Total: 17}
	if err := s.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	d.Interview.Lessons = append(d.Interview.Lessons, "breathe")
	d.Step = 7
	if err := s.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	ds, err := s.Drafts()
	if err != nil || len(ds) != 1 {
		t.Fatalf("drafts: %v %d", err, len(ds))
	}
	if ds[0].Step != 7 || len(ds[0].Interview.Lessons) != 2 || ds[0].Label() != "Acme, Backend engineer, 6/17 answered" {
		t.Fatalf("draft: %+v %q", ds[0], ds[0].Label())
	}
	iv := ds[0].Interview
	if err := s.FinishDraft(d.ID, &iv); err != nil {
		t.Fatal(err)
	}
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatal("draft not deleted on finish")
	}
	if n, _ := s.CountInterviews(); n != 1 {
		t.Fatal("interview not created on finish")
	}

	t.Run("FinishFailsAtomically", func(t *testing.T) {
		d := &journal.Draft{Kind: journal.DraftInterview, Interview: *sample()}
		s.SaveDraft(d)
		bad := d.Interview
		bad.Nerves = 7
		if err := s.FinishDraft(d.ID, &bad); err == nil {
			t.Fatal("invalid finish accepted")
		}
		if bad.ID != 0 {
			t.Fatal("failed finish left an ID")
		}
		if _, err := s.Draft(d.ID); err != nil {
			t.Fatal("draft lost after a failed finish")
		}
	})
}

func TestOpen(t *testing.T) {
	t.Run("CreatesPrivateFiles", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a", "b")
		path := filepath.Join(dir, "journal.db")
		s, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
			t.Fatalf("dir mode %v", fi.Mode().Perm())
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Fatalf("file mode %v", fi.Mode().Perm())
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Fatalf("temporary files left: %v", entries)
		}
	})
	t.Run("ErrLocked", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		// Opening is not refused while another debrief has the journal
		// open; only an operation that outlasts LockTimeout is.
		other, err := store.Open(path)
		if err != nil {
			t.Fatal("a second debrief could not open the journal:", err)
		}
		defer other.Close()
		release := holdBusy(t, s)
		err = other.CreateInterview(sample())
		release()
		if journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("got %v", err)
		}
		if msg := journal.ErrorMessage(err); !strings.Contains(msg, path) || !strings.Contains(msg, "busy in another debrief") {
			t.Fatalf("message %q", msg)
		}
		if err := s.CreateInterview(sample()); err != nil {
			t.Fatal("first handle stopped working:", err)
		}
		if err := other.CreateInterview(sample()); err != nil {
			t.Fatal("the second handle failed once the first was done:", err)
		}
	})
	t.Run("ErrNewer", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, _ := store.Open(path)
		s.Close()
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte{0, 0, 0, 0, 0, 0, 0, 9})
		})
		db.Close()
		before, _ := os.ReadFile(path)
		_, err = store.Open(path)
		if journal.ErrorCode(err) != journal.ENewer {
			t.Fatalf("got %v", err)
		}
		if msg := journal.ErrorMessage(err); !strings.Contains(msg, "version 9") || !strings.Contains(msg, fmt.Sprintf("version %d", store.SchemaVersion)) {
			t.Fatalf("message does not name both versions: %q", msg)
		}
		after, _ := os.ReadFile(path)
		if string(before) != string(after) {
			t.Fatal("newer journal was modified")
		}
	})
	for name, damage := range map[string]func(path string){
		"Truncated": func(path string) {
			s, _ := store.Open(path)
			for range 200 {
				s.CreateInterview(sample())
			}
			s.Close()
			fi, _ := os.Stat(path)
			os.Truncate(path, fi.Size()/2)
		},
		"TooShort": func(path string) { os.WriteFile(path, []byte("hello"), 0o600) },
		"Empty":    func(path string) { os.WriteFile(path, nil, 0o600) },
		"Garbage": func(path string) {
			b := make([]byte, 64*1024)
			for i := range b {
				b[i] = byte(i * 7)
			}
			os.WriteFile(path, b, 0o600)
		},
		"NotJournal": func(path string) {
			db, _ := bolt.Open(path, 0o600, nil)
			db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
			db.Close()
		},
	} {
		t.Run("ErrCorrupt/"+name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "journal.db")
			damage(path)
			before, _ := os.ReadFile(path)
			_, err := store.Open(path)
			if code := journal.ErrorCode(err); code != journal.ECorrupt {
				t.Fatalf("got %v (%s)", err, code)
			}
			if !strings.Contains(journal.ErrorMessage(err), path) {
				t.Fatalf("message does not name the file: %q", journal.ErrorMessage(err))
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Fatal("damaged journal was modified")
			}
		})
	}
}
