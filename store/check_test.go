package store_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// fillJournal adds n sample interviews (dated a day apart), a draft and a
// review, and returns the interviews as stored.
func fillJournal(t testing.TB, s *store.Store, n int) []*journal.Interview {
	t.Helper()
	var out []*journal.Interview
	for i := range n {
		iv := sample()
		iv.Date = journal.NewDate(2026, 1, 1).AddDays(i)
		iv.Tags = []string{"tag" + string(rune('a'+i%26))}
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
		out = append(out, iv)
	}
	if err := s.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: *sample(), Step: 2, Answered: 2, Total: 17}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveReview(&journal.Review{WeekOf: journal.NewDate(2026, 1, 5), Focus: "Ask for the salary range early"}); err != nil {
		t.Fatal(err)
	}
	return out
}

// problemsAbout returns the problems that name the record with this ID.
func problemsAbout(rep store.CheckReport, id uint64, record string) []store.Problem {
	var out []store.Problem
	for _, p := range rep.Problems {
		if p.ID == id && strings.HasPrefix(p.Record, record) {
			out = append(out, p)
		}
	}
	return out
}

func mustCheck(t *testing.T, s *store.Store) store.CheckReport {
	t.Helper()
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestCheck(t *testing.T) {
	t.Run("OKWithFollowUpIndex", func(t *testing.T) {
		s := MustOpen(t)
		ivs := fillJournal(t, s, 30)
		_, err := s.Agenda(journal.NewDate(2026, 1, 1))
		must(t, err)
		// Writes after the index exists keep it up to date.
		ivs[0].Company = "Renamed"
		ivs[1].Outcome = journal.Outcome{Status: journal.StatusRejected, Date: journal.NewDate(2026, 1, 9)}
		must(t, s.UpdateInterview(ivs[0]))
		must(t, s.UpdateInterview(ivs[1]))
		_, err = s.DeleteInterview(ivs[2].ID)
		must(t, err)
		if rep := mustCheck(t, s); !rep.OK() {
			t.Fatalf("a healthy journal with its follow-up index has problems: %v", rep.Problems)
		}
	})
	t.Run("OK", func(t *testing.T) {
		s := MustOpen(t)
		fillJournal(t, s, 30)
		rep := mustCheck(t, s)
		if !rep.OK() {
			t.Fatalf("a healthy journal has problems: %v", rep.Problems)
		}
		if rep.Interviews != 30 || rep.Summaries != 30 || rep.Drafts != 1 || rep.Reviews != 1 {
			t.Fatalf("counts %+v", rep)
		}
		if rep.Err("The journal") != nil {
			t.Fatal("Err is not nil for a healthy journal")
		}
	})

	type plant struct {
		name string
		// damage plants one problem into a journal of ten interviews and
		// returns the ID and the record kind the problem must name.
		damage func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string)
		want   string
	}
	plants := []plant{
		{"SummaryWithoutInterview", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.DeleteRaw("interviews", store.IDKey(ivs[3].ID)))
			return ivs[3].ID, "summary of interview"
		}, "does not exist"},
		{"InterviewWithoutSummary", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.DeleteRaw("summaries", store.SummaryKey(ivs[4].Date, ivs[4].ID)))
			return ivs[4].ID, "interview"
		}, "no summary"},
		{"UndecodableInterview", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("interviews", store.IDKey(ivs[5].ID), []byte(`{"v":1,"d":{"id":`)))
			return ivs[5].ID, "interview"
		}, "damaged"},
		{"InterviewNotText", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("interviews", store.IDKey(ivs[5].ID), []byte{0xff, 0xfe, 0x00}))
			return ivs[5].ID, "interview"
		}, "not valid text"},
		{"InterviewBreaksARule", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			bad := *ivs[6]
			bad.MoodAfter = 9
			raw, err := store.Encode(&bad)
			must(t, err)
			must(t, s.PutRaw("interviews", store.IDKey(bad.ID), raw))
			return bad.ID, "interview"
		}, "mood_after: 9"},
		{"InterviewFromNewerDebrief", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("interviews", store.IDKey(ivs[2].ID), []byte(`{"v":7,"d":{}}`)))
			return ivs[2].ID, "interview"
		}, "newer debrief"},
		{"InterviewUnderAnotherID", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			raw, err := store.Encode(ivs[1])
			must(t, err)
			must(t, s.PutRaw("interviews", store.IDKey(ivs[0].ID), raw))
			return ivs[0].ID, "interview"
		}, "holds interview"},
		{"StaleSummary", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			changed := *ivs[7]
			changed.Company = "Renamed Ltd"
			raw, err := store.Encode(&changed)
			must(t, err)
			must(t, s.PutRaw("interviews", store.IDKey(changed.ID), raw))
			return changed.ID, "interview"
		}, "does not match"},
		{"SummaryUnderWrongDate", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			raw, err := store.Encode(ivs[8].Summarize())
			must(t, err)
			must(t, s.PutRaw("summaries", store.SummaryKey(journal.NewDate(2020, 1, 1), ivs[8].ID), raw))
			return ivs[8].ID, "summary of interview"
		}, "another date"},
		{"UndecodableSummary", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("summaries", store.SummaryKey(ivs[9].Date, ivs[9].ID), []byte{1, 2}))
			return ivs[9].ID, "summary of interview"
		}, "damaged"},
		{"IDAboveCounter", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			iv := *ivs[0]
			iv.ID = 500
			raw, err := store.Encode(&iv)
			must(t, err)
			must(t, s.PutRaw("interviews", store.IDKey(500), raw))
			return 500, "interview"
		}, "counter"},
		{"DraftOfUnknownKind", func(t *testing.T, s *store.Store, _ []*journal.Interview) (uint64, string) {
			raw, err := store.Encode(&journal.Draft{ID: 1, Kind: "poem"})
			must(t, err)
			must(t, s.PutRaw("drafts", store.IDKey(1), raw))
			return 1, "draft"
		}, "not a kind of draft"},
		{"UndecodableDraft", func(t *testing.T, s *store.Store, _ []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("drafts", store.IDKey(1), []byte("null")))
			return 1, "draft"
		}, "damaged"},
		{"ReviewBreaksARule", func(t *testing.T, s *store.Store, _ []*journal.Interview) (uint64, string) {
			raw, err := store.Encode(&journal.Review{ID: 1, PreviousFocusDone: "maybe", WeekOf: journal.NewDate(2026, 1, 5)})
			must(t, err)
			must(t, s.PutRaw("reviews", store.IDKey(1), raw))
			return 1, "review"
		}, "previous_focus_done"},
		{"UndecodableReview", func(t *testing.T, s *store.Store, _ []*journal.Interview) (uint64, string) {
			must(t, s.PutRaw("reviews", store.IDKey(1), []byte(`{"v":1,"d":[1,2]}`)))
			return 1, "review"
		}, "damaged"},
	}
	// indexed draws up an agenda, which builds the follow-up index, and
	// returns the entry of iv.
	indexed := func(t *testing.T, s *store.Store, iv *journal.Interview) []byte {
		t.Helper()
		_, err := s.Agenda(journal.NewDate(2026, 1, 1))
		must(t, err)
		key, _, err := store.FollowUpEntry(iv)
		must(t, err)
		if key == nil {
			t.Fatal("the sample interview has no follow-up to index")
		}
		return key
	}
	plants = append(plants,
		plant{"FollowUpEntryMissing", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			must(t, s.DeleteRaw(store.FollowUpIndexBucket, indexed(t, s, ivs[2])))
			return ivs[2].ID, "interview"
		}, "missing from the follow-up index"},
		plant{"FollowUpEntryOutOfDate", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			key := indexed(t, s, ivs[3])
			raw, err := store.Encode(&journal.Interview{ID: ivs[3].ID, Company: "Someone else"})
			must(t, err)
			must(t, s.PutRaw(store.FollowUpIndexBucket, key, raw))
			return ivs[3].ID, "interview"
		}, "out of date"},
		plant{"FollowUpPointerMissing", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			indexed(t, s, ivs[5])
			must(t, s.DeleteRaw(store.FollowUpIndexBucket, append([]byte{'i'}, store.IDKey(ivs[5].ID)...)))
			return ivs[5].ID, "interview"
		}, "no pointer"},
		plant{"FollowUpEntryForNothing", func(t *testing.T, s *store.Store, ivs []*journal.Interview) (uint64, string) {
			key := indexed(t, s, ivs[4])
			orphan := append(bytes.Clone(key[:9]), store.IDKey(999)...)
			must(t, s.PutRaw(store.FollowUpIndexBucket, orphan, []byte("{}")))
			return 999, "follow-up index"
		}, "does not exist"},
	)
	for _, p := range plants {
		t.Run("Finds/"+p.name, func(t *testing.T) {
			s := MustOpen(t)
			ivs := fillJournal(t, s, 10)
			id, record := p.damage(t, s, ivs)
			rep := mustCheck(t, s)
			found := problemsAbout(rep, id, record)
			if len(found) == 0 {
				t.Fatalf("no problem names %s %d; problems: %v", record, id, rep.Problems)
			}
			if !strings.Contains(found[0].String(), p.want) {
				t.Fatalf("problem %q does not say %q", found[0], p.want)
			}
			if !strings.Contains(found[0].String(), record) {
				t.Fatalf("problem %q does not name the record", found[0])
			}
			if err := rep.Err("The journal"); journal.ErrorCode(err) != journal.ECorrupt {
				t.Fatalf("Err gives %v, want ECorrupt", err)
			}
			// Only the planted damage is reported: the other nine
			// interviews are healthy.
			for _, q := range rep.Problems {
				if q.ID != id {
					t.Errorf("a problem about another record: %v", q)
				}
			}
		})
	}

	t.Run("DamagedFileStructure", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 300)
		s.Close()
		data, err := os.ReadFile(path)
		must(t, err)
		// Scribble over pages in the middle of the file; the meta pages
		// and the root stay, so the journal still opens.
		for i := len(data) / 3; i < len(data)/3+3*4096 && i < len(data); i++ {
			data[i] = byte(i * 31)
		}
		must(t, os.WriteFile(path, data, 0o600))
		rep, err := store.CheckFile(path)
		if err != nil {
			if journal.ErrorCode(err) != journal.ECorrupt {
				t.Fatalf("a damaged file gives %v, want problems or ECorrupt", err)
			}
			return
		}
		if rep.OK() {
			t.Fatal("scribbled pages went unnoticed")
		}
		t.Logf("%d problems, the first: %v", len(rep.Problems), rep.Problems[0])
	})

	t.Run("WhileAnotherDebriefWrites", func(t *testing.T) {
		// The app in another terminal saves as a person types; check
		// reads the journal itself between those saves, and copies
		// nothing beside it.
		dir := t.TempDir()
		path := filepath.Join(dir, "journal.db")
		app, err := store.Open(path)
		must(t, err)
		defer app.Close()
		fillJournal(t, app, 20)
		stop := make(chan struct{})
		done, batches := startWriter(app, stop, 5*time.Millisecond)
		for batches.Load() < 2 {
			time.Sleep(time.Millisecond)
		}
		before, _ := os.ReadDir(dir)
		for range 5 {
			rep, err := store.CheckFile(path)
			must(t, err)
			if !rep.OK() || rep.Interviews < 20 {
				t.Fatalf("%+v", rep)
			}
		}
		close(stop)
		must(t, <-done)
		if after, _ := os.ReadDir(dir); len(after) != len(before) {
			t.Fatalf("check left files beside the journal: %v", after)
		}
	})

	t.Run("WhileWriting", func(t *testing.T) {
		s := MustOpen(t)
		fillJournal(t, s, 20)
		done := make(chan error)
		go func() {
			for range 40 {
				if err := s.CreateInterview(sample()); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
		for range 5 {
			if rep := mustCheck(t, s); !rep.OK() {
				t.Errorf("problems while another goroutine writes: %v", rep.Problems)
			}
		}
		must(t, <-done)
	})
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// fixedClock returns a clock that starts at start and moves by step on
// each call.
func fixedClock(start time.Time, step time.Duration) func() time.Time {
	now := start
	return func() time.Time { now = now.Add(step); return now }
}

// TestCheckDamagedFirstPage: damage bbolt reports by catching a fault is
// told in its own words, without the words of the fault.
func TestCheckDamagedFirstPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fillJournal(t, s, 3)
	s.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The flags of the first page, one of the two that say where the
	// journal's data starts; the other still opens it.
	f.WriteAt([]byte{0xff, 0xff}, 8)
	f.Close()
	s, err = store.Open(path)
	if err != nil {
		t.Skipf("the damaged journal does not open: %v", err)
	}
	defer s.Close()
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	text := fmt.Sprint(rep.Problems)
	if len(rep.Problems) == 0 || !strings.Contains(text, "page 0") || strings.Contains(text, "panic") || strings.Contains(text, "assertion") {
		t.Fatalf("problems: %s", text)
	}
}
