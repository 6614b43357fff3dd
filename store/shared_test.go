package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// holdBusy starts a long operation on s (a read of every interview that
// waits in its first callback) and returns once it holds the journal's
// lock. The returned function ends it.
func holdBusy(t *testing.T, s *store.Store) func() {
	t.Helper()
	if n, _ := s.CountInterviews(); n == 0 {
		if err := s.CreateInterview(sample()); err != nil {
			t.Fatal(err)
		}
	}
	inside, done := make(chan struct{}), make(chan struct{})
	finished := make(chan error, 1)
	go func() {
		first := true
		finished <- s.EachInterview(func(*journal.Interview) error {
			if first {
				first = false
				close(inside)
				<-done
			}
			return nil
		})
	}()
	<-inside
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			if err := <-finished; err != nil {
				t.Error(err)
			}
		})
	}
}

// TestShared uses one journal through two Stores, as two debriefs in two
// terminals do.
func TestShared(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		app, err := store.Open(path)
		must(t, err)
		defer app.Close()
		cli, err := store.Open(path)
		must(t, err)
		defer cli.Close()
		reader, err := store.Open(path, store.Options{ReadOnly: true})
		must(t, err)
		defer reader.Close()
		var ids []uint64
		for i := range 40 {
			s := app
			if i%2 == 1 {
				s = cli
			}
			iv := sample()
			iv.Company = "Company " + string(rune('A'+i%26))
			must(t, s.CreateInterview(iv))
			ids = append(ids, iv.ID)
			if n, err := reader.CountInterviews(); err != nil || n != i+1 {
				t.Fatalf("after write %d the reader counts %d (%v)", i+1, n, err)
			}
		}
		for _, s := range []*store.Store{app, cli, reader} {
			all, err := s.Summaries()
			must(t, err)
			if len(all) != len(ids) {
				t.Fatalf("a store sees %d of %d interviews", len(all), len(ids))
			}
		}
		rep, err := reader.Check()
		must(t, err)
		if !rep.OK() {
			t.Fatal(rep.Problems)
		}
	})

	t.Run("Concurrent", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		a, err := store.Open(path)
		must(t, err)
		defer a.Close()
		b, err := store.Open(path)
		must(t, err)
		defer b.Close()
		a.SetNoSync(true)
		b.SetNoSync(true)
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for _, s := range []*store.Store{a, b} {
			wg.Go(func() {
				for range 100 {
					if err := s.CreateInterview(sample()); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if n, err := a.CountInterviews(); err != nil || n != 200 {
			t.Fatalf("%d interviews (%v), want 200", n, err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		defer s.Close()
		must(t, os.Remove(path))
		err = s.CreateInterview(sample())
		if journal.ErrorCode(err) != journal.ENotFound {
			t.Fatalf("got %v", err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Fatal("a write made a new journal where the old one was removed")
		}
	})

	t.Run("ErrCorrupt", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		defer s.Close()
		must(t, os.Truncate(path, 0))
		err = s.CreateInterview(sample())
		if journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("got %v", err)
		}
		if info, _ := os.Stat(path); info.Size() != 0 {
			t.Fatal("a write made a new journal in the emptied file")
		}
	})
}

// TestScrub checks that nothing deleted or replaced stays readable in the
// journal's file once the Store that wrote is closed.
func TestScrub(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	secret := "my manager Ozymandias made me cry"
	iv := sample()
	iv.WentWell = []string{secret}
	must(t, s.CreateInterview(iv))
	d := &journal.Draft{Kind: journal.DraftInterview}
	d.Interview.Company = "Draftco"
	d.Interview.WentWell = []string{"a draft answer about Ozymandias"}
	must(t, s.SaveDraft(d))
	d.Interview.WentWell = []string{"rewritten"}
	must(t, s.SaveDraft(d))
	_, err = s.DeleteInterview(iv.ID)
	must(t, err)
	kept := sample()
	kept.WentWell = []string{"this one stays"}
	must(t, s.CreateInterview(kept))
	must(t, s.Close())
	data, err := os.ReadFile(path)
	must(t, err)
	if bytes.Contains(data, []byte("Ozymandias")) {
		t.Fatal("deleted or replaced text is still readable in the journal file")
	}
	if !bytes.Contains(data, []byte("this one stays")) && !bytes.Contains(data, []byte("stays")) {
		t.Log("the kept text is not stored as plain text")
	}
	r, err := store.Open(path)
	must(t, err)
	defer r.Close()
	rep, err := r.Check()
	must(t, err)
	if !rep.OK() || rep.Interviews != 1 || rep.Drafts != 1 {
		t.Fatalf("after the scrub: %+v", rep)
	}
	got, err := r.Interview(kept.ID)
	must(t, err)
	if got.WentWell[0] != "this one stays" {
		t.Fatalf("kept interview reads %q", got.WentWell)
	}
}

// TestChangeInterviewKeepsOthersChanges changes one interview from two
// Stores at once, the second starting while the first is between reading
// and saving: both changes must be in the journal.
func TestChangeInterviewKeepsOthersChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	app, err := store.Open(path)
	must(t, err)
	defer app.Close()
	cli, err := store.Open(path)
	must(t, err)
	defer cli.Close()
	iv := sample()
	must(t, app.CreateInterview(iv))
	other := make(chan error, 1)
	_, err = app.ChangeInterview(iv.ID, func(stored *journal.Interview) error {
		go func() {
			_, err := cli.ChangeInterview(iv.ID, func(stored *journal.Interview) error {
				return stored.AddFeedback(journal.Feedback{Date: iv.Date, From: "Recruiter", Text: "strong on design"})
			})
			other <- err
		}()
		// The other debrief's change comes now, between this one's
		// reading and saving.
		time.Sleep(100 * time.Millisecond)
		stored.Tags = append(stored.Tags, "from-the-app")
		return nil
	})
	must(t, err)
	must(t, <-other)
	got, err := cli.Interview(iv.ID)
	must(t, err)
	if !slices.Contains(got.Tags, "from-the-app") || len(got.Feedback) != 1 {
		t.Fatalf("a change was lost: tags %v, feedback %v", got.Tags, got.Feedback)
	}
}

// TestUndoDeleteAfterAnImport deletes an interview in one debrief, imports
// an interview with the same ID in another, and undoes the deletion in the
// first: the import must not have taken the deleted interview's ID.
func TestUndoDeleteAfterAnImport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	app, err := store.Open(path)
	must(t, err)
	defer app.Close()
	cli, err := store.Open(path)
	must(t, err)
	defer cli.Close()
	for range 3 {
		must(t, app.CreateInterview(sample()))
	}
	deleted, err := app.DeleteInterview(3)
	must(t, err)
	incoming := *sample()
	incoming.ID, incoming.Company = 3, "Imported"
	rep, err := cli.Import([]journal.Interview{incoming}, nil, false, false)
	must(t, err)
	if rep.Added != 1 || rep.Renumbered != 1 {
		t.Fatalf("import %+v", rep)
	}
	must(t, app.RestoreInterview(deleted))
	got, err := app.Interview(3)
	must(t, err)
	if got.Company != deleted.Company {
		t.Fatalf("interview 3 is %q after the undo", got.Company)
	}
}

// TestDamagedSummaryHidesNoInterview rots a byte of one summary: home and
// the list still show every interview, made afresh from the interview, and
// check still reports the damage until the next save rewrites it.
func TestDamagedSummaryHidesNoInterview(t *testing.T) {
	s := MustOpen(t)
	fillJournal(t, s, 5)
	all, err := s.Summaries()
	must(t, err)
	victim := all[2]
	key := store.SummaryKey(victim.Date, victim.ID)
	v, err := s.GetBytes("summaries", key)
	must(t, err)
	v[len(v)/2] ^= 0x20
	must(t, s.PutBytes("summaries", key, v))

	got, err := s.Summaries()
	must(t, err)
	if len(got) != len(all) || got[2].ID != victim.ID || got[2].Company != victim.Company {
		t.Fatalf("summaries after the damage: %d, the third %+v", len(got), got[2])
	}
	recent, total, err := s.RecentSummaries(5)
	must(t, err)
	if total != 5 || len(recent) != 5 || recent[2].ID != victim.ID {
		t.Fatalf("recent summaries after the damage: %d of %d", len(recent), total)
	}
	if rep := mustCheck(t, s); rep.OK() {
		t.Fatal("check missed the damaged summary")
	}
	_, err = s.ChangeInterview(victim.ID, func(*journal.Interview) error { return nil })
	must(t, err)
	if rep := mustCheck(t, s); !rep.OK() {
		t.Fatalf("a save did not rewrite the summary: %v", rep.Problems)
	}
}

// TestCloseWaitsForAReadUnderWay closes a store while one of its reads is
// still going, after the same store rewrote interviews that read has still
// to reach: the read must see all of them, so the scrub at close may start
// only once it is done. The rewrites are few and small: bbolt growing its
// map of the file would wait for the read to end.
func TestCloseWaitsForAReadUnderWay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 20)
	inside, resume := make(chan struct{}), make(chan struct{})
	read := make(chan int, 1)
	go func() {
		n := 0
		err := s.EachInterview(func(*journal.Interview) error {
			if n == 0 {
				close(inside)
				<-resume
			}
			n++
			return nil
		})
		if err != nil {
			t.Error(err)
		}
		read <- n
	}()
	<-inside
	wrote := make(chan error, 1)
	go func() {
		for id := uint64(2); id <= 4; id++ {
			if _, err := s.ChangeInterview(id, func(iv *journal.Interview) error {
				iv.ProudOf = "kept"
				return nil
			}); err != nil {
				wrote <- err
				return
			}
		}
		wrote <- nil
	}()
	select {
	case err := <-wrote:
		must(t, err)
	case <-time.After(5 * time.Second):
		close(resume)
		<-read
		<-wrote
		t.Skip("bbolt had to grow its map of the file, which waits for the read")
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while a read was under way", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(resume)
	if n := <-read; n != 20 {
		t.Fatalf("the read saw %d of 20 interviews", n)
	}
	must(t, <-closed)
}
