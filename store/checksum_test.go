package store_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// rot changes the first old in the value under key in bucket into new, as
// a disk that flips a bit would, past the codec.
func rot(t *testing.T, s *store.Store, bucket string, key []byte, old, new string) {
	t.Helper()
	v, err := s.GetBytes(bucket, key)
	must(t, err)
	if !bytes.Contains(v, []byte(old)) {
		t.Fatalf("%s %x does not hold %q", bucket, key, old)
	}
	must(t, s.PutBytes(bucket, key, bytes.Replace(v, []byte(old), []byte(new), 1)))
}

// wantDamaged fails unless err is an ECorrupt error that names the record.
func wantDamaged(t *testing.T, err error, record string) {
	t.Helper()
	if journal.ErrorCode(err) != journal.ECorrupt || !strings.Contains(journal.ErrorMessage(err), record) {
		t.Fatalf("want damage naming %q, got %v", record, err)
	}
}

// wantProblem fails unless check names the record with this ID, saying what.
func wantProblem(t *testing.T, s *store.Store, id uint64, record, what string) {
	t.Helper()
	found := problemsAbout(mustCheck(t, s), id, record)
	if len(found) == 0 || !strings.Contains(found[0].String(), what) {
		t.Fatalf("check does not say %s %d is %s: %v", record, id, what, found)
	}
}

func TestChecksums(t *testing.T) {
	// setup gives a journal of three interviews, one of which says "line
	// one", a draft, a review and the follow-up index.
	setup := func(t *testing.T) (*store.Store, []*journal.Interview) {
		s := MustOpen(t)
		ivs := fillJournal(t, s, 3)
		ivs[1].WentWell = []string{"line one"}
		must(t, s.UpdateInterview(ivs[1]))
		_, err := s.Agenda(journal.NewDate(2026, 1, 1))
		must(t, err)
		mustPassCheck(t, s, "before any damage")
		return s, ivs
	}

	t.Run("InterviewText", func(t *testing.T) {
		s, ivs := setup(t)
		rot(t, s, "interviews", store.IDKey(ivs[1].ID), "line one", "liXe one")
		_, err := s.Interview(ivs[1].ID)
		wantDamaged(t, err, fmt.Sprintf("Interview %d", ivs[1].ID))
		_, err = s.Interviews()
		wantDamaged(t, err, fmt.Sprintf("Interview %d", ivs[1].ID))
		wantProblem(t, s, ivs[1].ID, "interview", "damaged")
	})
	t.Run("Summary", func(t *testing.T) {
		s, ivs := setup(t)
		rot(t, s, "summaries", store.SummaryKey(ivs[2].Date, ivs[2].ID), "Acme", "Acmf")
		// Reads make the summary afresh from its interview (see
		// summary_fallback.go): the rotted copy never shows.
		all, err := s.Summaries()
		must(t, err)
		recent, _, err := s.RecentSummaries(8)
		must(t, err)
		for _, list := range [][]journal.Summary{all, recent} {
			for _, sm := range list {
				if sm.ID == ivs[2].ID && sm.Company != ivs[2].Company {
					t.Fatalf("the rotted summary reads %q", sm.Company)
				}
			}
		}
		wantProblem(t, s, ivs[2].ID, "summary of interview", "damaged")
	})
	t.Run("Draft", func(t *testing.T) {
		s, _ := setup(t)
		rot(t, s, "drafts", store.IDKey(1), "Acme", "Acmf")
		_, err := s.Draft(1)
		wantDamaged(t, err, "Draft 1")
		_, err = s.Drafts()
		wantDamaged(t, err, "Draft 1")
		wantProblem(t, s, 1, "draft", "damaged")
	})
	t.Run("Review", func(t *testing.T) {
		s, _ := setup(t)
		rot(t, s, "reviews", store.IDKey(1), "salary", "salarz")
		_, err := s.Review(1)
		wantDamaged(t, err, "Review 1")
		_, err = s.Reviews()
		wantDamaged(t, err, "Review 1")
		wantProblem(t, s, 1, "review", "damaged")
	})
	t.Run("FollowUpIndex", func(t *testing.T) {
		s, ivs := setup(t)
		key, _, err := store.FollowUpEntry(ivs[0])
		must(t, err)
		rot(t, s, store.FollowUpIndexBucket, key, "Acme", "Acmf")
		_, err = s.Agenda(journal.NewDate(2026, 1, 1))
		wantDamaged(t, err, fmt.Sprintf("interview %d", ivs[0].ID))
		wantProblem(t, s, ivs[0].ID, "interview", "follow-up index")
	})
	t.Run("ChecksumItself", func(t *testing.T) {
		s, ivs := setup(t)
		key := store.IDKey(ivs[0].ID)
		v, err := s.GetBytes("interviews", key)
		must(t, err)
		v[len(v)-1] ^= 1
		must(t, s.PutBytes("interviews", key, v))
		_, err = s.Interview(ivs[0].ID)
		wantDamaged(t, err, fmt.Sprintf("Interview %d", ivs[0].ID))
	})
	t.Run("ValueUnderAnotherKey", func(t *testing.T) {
		// Each value is sound on its own; swapped, neither is where it was
		// saved.
		s, ivs := setup(t)
		a, err := s.GetBytes("interviews", store.IDKey(ivs[0].ID))
		must(t, err)
		b, err := s.GetBytes("interviews", store.IDKey(ivs[2].ID))
		must(t, err)
		must(t, s.PutBytes("interviews", store.IDKey(ivs[0].ID), b))
		must(t, s.PutBytes("interviews", store.IDKey(ivs[2].ID), a))
		wantProblem(t, s, ivs[0].ID, "interview", "damaged")
		wantProblem(t, s, ivs[2].ID, "interview", "damaged")
	})
	t.Run("ValueInAnotherBucket", func(t *testing.T) {
		s, _ := setup(t)
		v, err := s.GetBytes("reviews", store.IDKey(1))
		must(t, err)
		must(t, s.PutBytes("drafts", store.IDKey(1), v))
		wantProblem(t, s, 1, "draft", "damaged")
	})
	t.Run("NoChecksum", func(t *testing.T) {
		// The value as a journal of version 2 held it.
		s, ivs := setup(t)
		raw, err := store.Encode(ivs[0])
		must(t, err)
		must(t, s.PutBytes("interviews", store.IDKey(ivs[0].ID), raw))
		_, err = s.Interview(ivs[0].ID)
		wantDamaged(t, err, fmt.Sprintf("Interview %d", ivs[0].ID))
		for _, short := range [][]byte{{}, {1}, {1, 2, 3}} {
			must(t, s.PutBytes("interviews", store.IDKey(ivs[0].ID), short))
			_, err = s.Interview(ivs[0].ID)
			wantDamaged(t, err, fmt.Sprintf("Interview %d", ivs[0].ID))
		}
	})
	t.Run("WritesAfterReadStillSound", func(t *testing.T) {
		s, ivs := setup(t)
		ivs[0].Lessons = append(ivs[0].Lessons, "breathe")
		must(t, s.UpdateInterview(ivs[0]))
		must(t, s.SaveDraft(&journal.Draft{ID: 1, Kind: journal.DraftInterview, Interview: *sample(), Step: 3, Answered: 3, Total: 17}))
		_, err := s.DeleteInterview(ivs[2].ID)
		must(t, err)
		mustPassCheck(t, s, "after writes")
	})
}
