package store_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/store/storetest"
)

// openFaulty opens the journal at path through a Faults, so the test can
// make its writes fail.
func openFaulty(t *testing.T, path string, opts ...store.Options) (*store.Store, *storetest.Faults) {
	t.Helper()
	f := &storetest.Faults{}
	o := store.Options{}
	if len(opts) > 0 {
		o = opts[0]
	}
	o.OpenFile = f.OpenFile
	s, err := store.Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { now = now.Add(time.Second); return now }
	return s, f
}

// breakWrites makes writes fail, skipping where that cannot be done.
func breakWrites(t *testing.T, f *storetest.Faults) {
	t.Helper()
	if err := f.Break(); errors.Is(err, errors.ErrUnsupported) {
		t.Skip(err)
	} else if err != nil {
		t.Fatal(err)
	}
}

func healWrites(t *testing.T, f *storetest.Faults) {
	t.Helper()
	if err := f.Heal(); err != nil {
		t.Fatal(err)
	}
}

// mustPassCheck fails the test when the journal does not pass its check.
func mustPassCheck(t *testing.T, s *store.Store, when string) store.CheckReport {
	t.Helper()
	rep, err := s.Check()
	if err != nil {
		t.Fatalf("%s: the check could not run: %v", when, err)
	}
	if !rep.OK() {
		t.Fatalf("%s: the journal fails its check: %v", when, rep.Problems)
	}
	return rep
}

// wantWriteError checks that a failed write says so in words for the user.
func wantWriteError(t *testing.T, err error, what string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s succeeded while the disk refused writes", what)
	}
	var je *journal.Error
	if !errors.As(err, &je) {
		t.Fatalf("%s: %T %v is not a *journal.Error", what, err, err)
	}
	msg := journal.ErrorMessage(err)
	if je.Code != journal.EInternal && je.Code != journal.EFull {
		t.Fatalf("%s: code %s (%q)", what, je.Code, msg)
	}
	if !strings.Contains(msg, "lost") || strings.Contains(msg, "%!") || strings.Contains(msg, "0x") {
		t.Fatalf("%s: unclear message %q", what, msg)
	}
}

// flowAnswer returns an answer of the given kind for prompt i; long answers
// are large enough that the journal file has to grow during the flow.
func flowAnswer(p prompts.Prompt, i int) journal.Value {
	word := fmt.Sprintf("answer-%d-%s", i, p.ID)
	switch p.Kind {
	case journal.KindRating:
		return journal.Value{Rating: journal.Rating(i%5 + 1)}
	case journal.KindChoice:
		return journal.Value{Text: p.Choices()[i%len(p.Choices())]}
	case journal.KindDate:
		return journal.Value{Text: "2026-03-14"}
	case journal.KindList:
		return journal.Value{Items: []string{word, word + " again"}}
	case journal.KindPeople:
		return journal.Value{People: []journal.Person{{Name: "Dana Kim", Title: "Engineering manager", Contact: word}}}
	case journal.KindCurveballs:
		return journal.Value{Curveballs: []journal.Curveball{{Question: word + "?", Answer: "I froze", BetterAnswer: strings.Repeat(word+" ", 400), Tags: []string{"salary"}}}}
	case journal.KindLong:
		return journal.Value{Text: strings.Repeat(word+" ", 300)}
	}
	return journal.Value{Text: word}
}

// reflectionOps returns the writes a guided reflection makes, in order: the
// draft saved after every prompt, then the finish. Each op writes into the
// draft the test holds, as the screen does.
func reflectionOps(d *journal.Draft, finished *journal.Interview) []func(*store.Store) error {
	set := prompts.AfterInterview()
	var ops []func(*store.Store) error
	for i, p := range set.Prompts {
		field := p.Field
		if field == "" {
			field = p.ID
		}
		v := flowAnswer(p, i)
		ops = append(ops, func(s *store.Store) error {
			if err := d.Interview.Set(field, p.Title, v); err != nil {
				return err
			}
			d.Step, d.Answered, d.Total = i+1, i+1, len(set.Prompts)
			return s.SaveDraft(d)
		})
	}
	ops = append(ops, func(s *store.Store) error {
		*finished = d.Interview
		finished.Outcome.Status = journal.StatusPending
		return s.FinishDraft(d.ID, finished)
	})
	return ops
}

// TestWriteFailures makes each commit of a reflection and of an import fail
// in turn, and checks that every failure is reported clearly, leaves the
// journal whole, loses nothing already saved, and that the next attempt
// saves everything.
func TestWriteFailures(t *testing.T) {
	t.Run("EveryCommitOfAReflection", func(t *testing.T) {
		var d journal.Draft
		var iv journal.Interview
		total := len(reflectionOps(&d, &iv))
		injected := 0
		for n := range total {
			path := filepath.Join(t.TempDir(), "journal.db")
			s, f := openFaulty(t, path)
			d = journal.Draft{Kind: journal.DraftInterview}
			iv = journal.Interview{}
			for i, op := range reflectionOps(&d, &iv) {
				if i != n {
					if err := op(s); err != nil {
						t.Fatalf("commit %d of %d failed with the disk working: %v", i+1, total, err)
					}
					continue
				}
				onDisk, _ := s.Drafts()
				before := d
				breakWrites(t, f)
				// The screen retries every second; the disk stays broken
				// for a few attempts.
				for attempt := range 3 {
					wantWriteError(t, op(s), fmt.Sprintf("commit %d of %d, attempt %d", i+1, total, attempt+1))
					injected++
					if d.ID != before.ID || !d.UpdatedAt.Equal(before.UpdatedAt) {
						t.Fatalf("commit %d: a failed save changed the draft's ID or time (%d→%d)", i+1, before.ID, d.ID)
					}
					if iv.ID != 0 {
						t.Fatalf("commit %d: a failed finish gave the interview ID %d", i+1, iv.ID)
					}
				}
				healWrites(t, f)
				mustPassCheck(t, s, fmt.Sprintf("after commit %d failed", i+1))
				if after, _ := s.Drafts(); !reflect.DeepEqual(after, onDisk) {
					t.Fatalf("commit %d: the failed save changed what was saved before:\n%+v\nwant\n%+v", i+1, after, onDisk)
				}
				if err := op(s); err != nil {
					t.Fatalf("commit %d: the retry after healing failed: %v", i+1, err)
				}
			}
			mustPassCheck(t, s, "after the reflection")
			s.Close()
			// What is on disk, read afresh, is whole and complete.
			s2, _ := openFaulty(t, path)
			rep := mustPassCheck(t, s2, "after reopening")
			if rep.Interviews != 1 || rep.Drafts != 0 {
				t.Fatalf("failing commit %d: %d interviews and %d drafts at the end", n+1, rep.Interviews, rep.Drafts)
			}
			got, err := s2.Interview(iv.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := d.Interview
			want.ID, want.CreatedAt, want.UpdatedAt, want.Outcome = got.ID, got.CreatedAt, got.UpdatedAt, got.Outcome
			if !reflect.DeepEqual(*got, want) {
				t.Fatalf("failing commit %d: the finished interview differs from the answers:\n%+v\nwant\n%+v", n+1, got, want)
			}
			s2.Close()
		}
		t.Logf("%d write failures injected over the %d commits of a reflection", injected, total)
	})

	t.Run("EveryCommitOfAnImport", func(t *testing.T) {
		const batches, perBatch = 6, 150
		injected := 0
		for n := range batches {
			path := filepath.Join(t.TempDir(), "journal.db")
			s, f := openFaulty(t, path)
			for b := range batches {
				doc := importBatch(b, perBatch)
				if b == n {
					breakWrites(t, f)
					_, err := s.Import(doc, nil, false, false)
					wantWriteError(t, err, fmt.Sprintf("import %d", b+1))
					injected++
					healWrites(t, f)
					rep := mustPassCheck(t, s, fmt.Sprintf("after import %d failed", b+1))
					if rep.Interviews != b*perBatch {
						t.Fatalf("a failed import left %d interviews, want the %d of before", rep.Interviews, b*perBatch)
					}
				}
				rep, err := s.Import(doc, nil, false, false)
				if err != nil {
					t.Fatalf("import %d with the disk working: %v", b+1, err)
				}
				if rep.Added != perBatch {
					t.Fatalf("import %d added %d", b+1, rep.Added)
				}
			}
			s.Close()
			s2, _ := openFaulty(t, path)
			if rep := mustPassCheck(t, s2, "after reopening"); rep.Interviews != batches*perBatch {
				t.Fatalf("%d interviews after all imports, want %d", rep.Interviews, batches*perBatch)
			}
			s2.Close()
		}
		t.Logf("%d write failures injected over %d imports", injected, batches)
	})
}

// importBatch returns interviews as an export would hold them, with enough
// text that each batch makes the file grow.
func importBatch(batch, n int) []journal.Interview {
	out := make([]journal.Interview, n)
	for i := range out {
		out[i] = journal.Interview{
			Company: fmt.Sprintf("Company %d-%d", batch, i), Role: "Engineer",
			Date:            journal.NewDate(2025, time.Month(1+i%12), 1+i%28),
			FirstImpression: strings.Repeat("a long first impression ", 40),
			Outcome:         journal.Outcome{Status: journal.StatusPending},
			CreatedAt:       time.Date(2025, 1, 1, 0, 0, batch*n+i, 0, time.UTC),
		}
	}
	return out
}

// growingDraft saves the draft with a longer answer each time until a save
// fails, and returns that error with the draft as it was last saved.
func growingDraft(t *testing.T, s *store.Store, d *journal.Draft) (error, journal.Draft) {
	t.Helper()
	var saved journal.Draft
	for i := 1; i < 400; i++ {
		d.Interview.FirstImpression += strings.Repeat(fmt.Sprintf("line %d of a long answer. ", i), 200)
		d.Step = i
		before := *d
		if err := s.SaveDraft(d); err != nil {
			if d.ID != before.ID || d.Interview.FirstImpression != before.Interview.FirstImpression {
				t.Fatal("a failed save changed the draft held in memory")
			}
			t.Logf("save %d of a growing answer (%d KiB) refused: %v", i, len(d.Interview.FirstImpression)>>10, errors.Unwrap(err))
			return err, saved
		}
		saved = *d
	}
	t.Fatal("the journal never filled up")
	return nil, saved
}

// wantFull checks that err says the disk is full, and that the journal still
// holds the last draft that was saved and passes its check.
func wantFull(t *testing.T, s *store.Store, err error, saved journal.Draft) {
	t.Helper()
	if journal.ErrorCode(err) != journal.EFull || !strings.Contains(journal.ErrorMessage(err), "The disk is full") {
		t.Fatalf("a full disk gave %s: %q (%v)", journal.ErrorCode(err), journal.ErrorMessage(err), errors.Unwrap(err))
	}
	mustPassCheck(t, s, "once full")
	got, gerr := s.Draft(saved.ID)
	if gerr != nil {
		t.Fatal(gerr)
	}
	if got.Step != saved.Step || got.Interview.FirstImpression != saved.Interview.FirstImpression {
		t.Fatalf("the draft saved before the disk filled was changed: step %d, want %d", got.Step, saved.Step)
	}
}

// TestFullDisk fills the journal up to bbolt's size cap and a real small
// file system, and checks that the refusal is clear and nothing is lost.
func TestFullDisk(t *testing.T) {
	t.Run("MaxSize", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, _ := openFaulty(t, path, store.Options{MaxSize: 1 << 20})
		d := journal.Draft{Kind: journal.DraftInterview}
		err, saved := growingDraft(t, s, &d)
		wantFull(t, s, err, saved)
		s.Close()
		// With room again, the answer kept on screen is saved whole.
		s2, _ := openFaulty(t, path)
		defer s2.Close()
		if err := s2.SaveDraft(&d); err != nil {
			t.Fatalf("saving once there is room: %v", err)
		}
		got, _ := s2.Draft(d.ID)
		if got.Interview.FirstImpression != d.Interview.FirstImpression {
			t.Fatal("the answer saved once there was room is not the one kept on screen")
		}
		mustPassCheck(t, s2, "after saving with room")
	})

	t.Run("SmallFileSystem", func(t *testing.T) {
		dir := mountTinyFS(t, "size=512k")
		path := filepath.Join(dir, "journal.db")
		s, _ := openFaulty(t, path)
		d := journal.Draft{Kind: journal.DraftInterview}
		err, saved := growingDraft(t, s, &d)
		wantFull(t, s, err, saved)
		// The file as left on disk by the refused write reads back whole.
		s.Close()
		s, _ = openFaulty(t, path)
		t.Cleanup(func() { s.Close() })
		wantFull(t, s, s.SaveDraft(&d), saved)
		// Make room: the pages bbolt could not write are written now.
		if err := os.Remove(filepath.Join(dir, "filler")); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveDraft(&d); err != nil {
			t.Fatalf("saving once there is room: %v", err)
		}
		mustPassCheck(t, s, "after saving with room")
		got, _ := s.Draft(d.ID)
		if got.Interview.FirstImpression != d.Interview.FirstImpression {
			t.Fatal("the answer saved once there was room is not the one kept on screen")
		}
	})
}

// TestImportFillsTheDisk imports more than a small file system holds: the
// import is refused whole, and the journal is as it was.
func TestImportFillsTheDisk(t *testing.T) {
	dir := mountTinyFS(t, "size=2m")
	s, _ := openFaulty(t, filepath.Join(dir, "journal.db"))
	t.Cleanup(func() { s.Close() })
	if _, err := s.Import(importBatch(0, 20), nil, false, false); err != nil {
		t.Fatalf("a small import: %v", err)
	}
	_, err := s.Import(importBatch(1, 300), nil, false, false)
	if journal.ErrorCode(err) != journal.EFull {
		t.Fatalf("an import larger than the disk gave %v", err)
	}
	if rep := mustPassCheck(t, s, "after the refused import"); rep.Interviews != 20 {
		t.Fatalf("%d interviews after a refused import, want the 20 of before", rep.Interviews)
	}
	if err := os.Remove(filepath.Join(dir, "filler")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(importBatch(1, 300), nil, false, false); err != nil {
		t.Fatalf("the import once there is room: %v", err)
	}
	if rep := mustPassCheck(t, s, "after the import"); rep.Interviews != 320 {
		t.Fatalf("%d interviews, want 320", rep.Interviews)
	}
}
