package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/store/storetest"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// failingJournal is the real store with a disk that refuses the writes of
// one commit (counted from 1) for a few attempts, then works again.
type failingJournal struct {
	*store.Store
	faults   *storetest.Faults
	failAt   int // the commit that fails; 0 for none
	attempts int // how many attempts at it fail
	commits  int
	injected int
	lastErr  error
}

func (j *failingJournal) write(fn func() error) error {
	j.commits++
	if j.failAt == 0 || j.commits < j.failAt || j.injected >= j.attempts {
		return fn()
	}
	if err := j.faults.Break(); err != nil {
		return err
	}
	err := fn()
	j.injected++
	j.lastErr = err
	if herr := j.faults.Heal(); herr != nil {
		return herr
	}
	return err
}

func (j *failingJournal) SaveDraft(d *journal.Draft) error {
	return j.write(func() error { return j.Store.SaveDraft(d) })
}

func (j *failingJournal) KeepDraft(d *journal.Draft, release bool) (journal.DraftKept, error) {
	var kept journal.DraftKept
	err := j.write(func() (err error) {
		kept, err = j.Store.KeepDraft(d, release)
		return err
	})
	return kept, err
}

func (j *failingJournal) FinishDraft(id uint64, iv *journal.Interview) error {
	return j.write(func() error { return j.Store.FinishDraft(id, iv) })
}

// openFailingJournal opens a real journal whose writes the test can fail.
func openFailingJournal(t *testing.T, failAt, attempts int) *failingJournal {
	t.Helper()
	f := &storetest.Faults{}
	s, err := store.Open(filepath.Join(fastDir(t), "journal.db"), store.Options{OpenFile: f.OpenFile})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return fixedNow }
	return &failingJournal{Store: s, faults: f, failAt: failAt, attempts: attempts}
}

// reflectionScript answers every prompt of the reflection by typing, with
// an autosave in the middle of a long answer, and finishes with ctrl+s. It
// calls after once each key or tick has been handled.
func reflectionScript(t *testing.T, m *Model, after func(what string)) {
	t.Helper()
	set := prompts.AfterInterview()
	tick := func() {
		_, cmd := m.Update(m.reflect.AutosaveTick())
		run(t, m, cmd)
		after("an autosave")
	}
	enter := func(what string) {
		press(t, m, keyEnter)
		after(what)
	}
	for i, p := range set.Prompts {
		if m.reflect.Prompt().ID != p.ID {
			t.Fatalf("at %q, want step %d (%s)", m.reflect.Prompt().ID, i, p.ID)
		}
		switch p.Kind {
		case journal.KindRating:
			typeText(t, m, fmt.Sprint(i%5+1))
		case journal.KindChoice:
			press(t, m, keyDown)
		case journal.KindDate:
			// The date offered is today's.
		case journal.KindCurveballs:
			for _, part := range []string{"What is your biggest weakness?", "I rambled", "One real example, then what I did about it", "behavioural, weakness"} {
				typeText(t, m, part)
				enter("a part of a curveball")
			}
			enter("the curveballs")
			continue
		case journal.KindLong:
			typeText(t, m, "The first half of a long answer, ")
			tick()
			typeText(t, m, "and its second half for "+p.ID)
		case journal.KindList, journal.KindPeople:
			typeText(t, m, "first line for "+p.ID)
			press(t, m, keyCtrlJ)
			typeText(t, m, "second line for "+p.ID)
		default:
			typeText(t, m, "answer for "+p.ID)
		}
		if i == len(set.Prompts)-1 {
			press(t, m, keyCtrlS)
			after("the finish")
			return
		}
		enter(p.ID)
	}
}

// TestWriteFailureEveryCommit runs a whole reflection on the real store once
// for each of its commits, with that commit refused by the disk for three
// attempts: the screen must say it is not saved and keep the answer, the
// journal must pass its check, and the next attempt must save it, so that
// the finished interview is the same as with a working disk.
func TestWriteFailureEveryCommit(t *testing.T) {
	newModel := func(t *testing.T, j kit.Journal) *Model {
		m := New(Options{Tick: uitest.Tick, Journal: j, Path: "journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow },
			Getenv: func(string) string { return "" }})
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		run(t, m, m.Init())
		press(t, m, keyN)
		return m
	}

	clean := openFailingJournal(t, 0, 0)
	reflectionScript(t, newModel(t, clean), func(string) {})
	want := finishedInterview(t, clean)
	commits := clean.commits

	var injected atomic.Int64
	t.Cleanup(func() {
		t.Logf("%d write failures injected over the %d commits of a reflection on screen", injected.Load(), commits)
	})
	for n := 1; n <= commits; n++ {
		t.Run(fmt.Sprintf("Commit%d", n), func(t *testing.T) {
			t.Parallel()
			failCommit(t, n, newModel, want)
			injected.Add(3)
		})
	}
}

// failCommit runs the reflection with commit n refused three times and
// checks what the screen and the journal show.
func failCommit(t *testing.T, n int, newModel func(*testing.T, kit.Journal) *Model, want journal.Interview) {
	{
		j := openFailingJournal(t, n, 3)
		m := newModel(t, j)
		failed := false
		reflectionScript(t, m, func(what string) {
			if j.injected == 0 || failed {
				return
			}
			failed = true
			if errors.Is(j.lastErr, errors.ErrUnsupported) {
				t.Skip(j.lastErr)
			}
			if j.lastErr == nil || journal.ErrorCode(j.lastErr) != journal.EInternal {
				t.Fatalf("commit %d (%s): the refused write gave %v", n, what, j.lastErr)
			}
			keep := m.reflect.Draft().Interview
			view := ansi.Strip(m.View().Content)
			if m.reflect.Saved() != nil {
				t.Fatalf("commit %d (%s): the summary is shown although the finish failed", n, what)
			}
			if !strings.Contains(view, "not saved") && !strings.Contains(view, "Not saved") {
				t.Fatalf("commit %d (%s): the screen does not say the answer is not saved:\n%s", n, what, view)
			}
			if strings.Contains(view, "✓ saved") {
				t.Fatalf("commit %d (%s): the screen claims a save that failed:\n%s", n, what, view)
			}
			if rep, err := j.Check(); err != nil || !rep.OK() {
				t.Fatalf("commit %d (%s): the journal fails its check: %v %v", n, what, err, rep.Problems)
			}
			// The screen retries every second, and ctrl+s again after a
			// failed finish; the disk refuses twice more.
			for range 3 {
				if m.reflect.Saving() {
					t.Fatalf("commit %d (%s): a save is still marked in flight after it failed", n, what)
				}
				if strings.Contains(what, "finish") {
					press(t, m, keyCtrlS)
				} else {
					_, cmd := m.Update(m.reflect.AutosaveTick())
					run(t, m, cmd)
				}
				d := m.reflect.Draft()
				if f := lostAnswer(&keep, &d.Interview); f != "" && m.reflect.Saved() == nil {
					t.Fatalf("commit %d (%s): the answer to %s changed while retrying", n, what, f)
				}
			}
			if m.reflect.Saved() == nil && !strings.Contains(ansi.Strip(m.View().Content), "✓ saved") {
				t.Fatalf("commit %d (%s): after the disk healed, the retry did not save:\n%s", n, what, ansi.Strip(m.View().Content))
			}
		})
		if j.injected != 3 {
			t.Fatalf("commit %d: %d failures injected, want 3", n, j.injected)
		}
		if rep, err := j.Check(); err != nil || !rep.OK() || rep.Drafts != 0 {
			t.Fatalf("commit %d: at the end the check gives %+v %v", n, rep, err)
		}
		if got := finishedInterview(t, j); !reflect.DeepEqual(got, want) {
			t.Fatalf("failing commit %d changed the finished interview:\n%+v\nwant\n%+v", n, got, want)
		}
	}
}

// lostAnswer returns the first prompt whose answer in before is not the
// same in after, or "".
func lostAnswer(before, after *journal.Interview) string {
	for _, p := range prompts.AfterInterview().Prompts {
		f := p.Field
		if f == "" {
			f = p.ID
		}
		if v := before.Get(f); !v.IsEmpty() && !reflect.DeepEqual(v, after.Get(f)) {
			return f
		}
	}
	return ""
}

// finishedInterview returns the one interview of the journal, without what
// the store stamps on it.
func finishedInterview(t *testing.T, j *failingJournal) journal.Interview {
	t.Helper()
	ivs, err := j.Interviews()
	if err != nil || len(ivs) != 1 {
		t.Fatalf("%d interviews (%v), want 1", len(ivs), err)
	}
	iv := *ivs[0]
	iv.ID, iv.CreatedAt, iv.UpdatedAt = 0, time.Time{}, time.Time{}
	return iv
}

// fastDir returns a temporary folder in memory where there is one (/dev/shm
// on Linux), so that the many commits of these tests do not wait for a disk.
func fastDir(t testing.TB) string {
	t.Helper()
	if dir, err := os.MkdirTemp("/dev/shm", "debrief-test-"); err == nil {
		t.Cleanup(func() { os.RemoveAll(dir) })
		return dir
	}
	return t.TempDir()
}
