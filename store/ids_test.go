package store_test

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// wantIntact fails unless the journal still holds want exactly.
func wantIntact(t *testing.T, s *store.Store, want *journal.Interview) {
	t.Helper()
	got, err := s.Interview(want.ID)
	if err != nil {
		t.Fatalf("interview %d: %v", want.ID, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("interview %d was replaced:\n got %+v\nwant %+v", want.ID, got, want)
	}
}

func TestImportedIDsTheCounterCannotPass(t *testing.T) {
	s := MustOpen(t)
	original := sample()
	must(t, s.CreateInterview(original))

	created := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	imported := func(id uint64, company string) journal.Interview {
		iv := *sample()
		iv.ID, iv.Company, iv.CreatedAt = id, company, created
		return iv
	}
	ivs := []journal.Interview{
		imported(math.MaxUint64, "Highest"),
		imported(store.MaxID, "At the bound"),
		imported(0, "Zero"),
	}
	reviews := []journal.Review{{ID: math.MaxUint64, WeekOf: journal.NewDate(2026, 1, 5), CreatedAt: created}}
	rep, err := s.Import(ivs, reviews, false, false)
	must(t, err)
	if rep.Added != 3 || rep.Renumbered != 2 || rep.ReviewsAdded != 1 {
		t.Fatalf("report %+v", rep)
	}
	all, err := s.Interviews()
	must(t, err)
	for _, iv := range all {
		if iv.ID > 4 {
			t.Fatalf("%s kept the ID %d", iv.Company, iv.ID)
		}
	}
	rs, err := s.Reviews()
	must(t, err)
	if len(rs) != 1 || rs[0].ID != 1 {
		t.Fatalf("reviews %+v", rs)
	}

	// The two next interviews are new ones, after the imported.
	for want := uint64(5); want <= 6; want++ {
		iv := sample()
		iv.Company = "New"
		must(t, s.CreateInterview(iv))
		if iv.ID != want {
			t.Fatalf("new interview got ID %d, want %d", iv.ID, want)
		}
	}
	wantIntact(t, s, original)
	if n, err := s.CountInterviews(); err != nil || n != 6 {
		t.Fatalf("%d interviews: %v", n, err)
	}
	r := &journal.Review{WeekOf: journal.NewDate(2026, 1, 12)}
	must(t, s.SaveReview(r))
	if r.ID != 2 {
		t.Fatalf("new review got ID %d", r.ID)
	}
	mustPassCheck(t, s, "after the import")
}

func TestNewRecordsAfterABrokenCounter(t *testing.T) {
	// A journal in which an older debrief kept an interview numbered
	// 2^64-1 and whose counter then stood there or wrapped around to 0:
	// new records must go after the last sound ID, never over one.
	for _, seq := range []uint64{math.MaxUint64, 0, 1} {
		s := MustOpen(t)
		ivs := fillJournal(t, s, 3)
		huge := *ivs[0]
		huge.ID = math.MaxUint64
		raw, err := store.Encode(&huge)
		must(t, err)
		must(t, s.PutRaw("interviews", store.IDKey(math.MaxUint64), raw))
		for _, bucket := range []string{"interviews", "drafts", "reviews"} {
			must(t, s.SetSequence(bucket, seq))
		}
		draft, err := s.Draft(1)
		must(t, err)
		review, err := s.Review(1)
		must(t, err)

		for want := uint64(4); want <= 5; want++ {
			iv := sample()
			must(t, s.CreateInterview(iv))
			if iv.ID != want {
				t.Fatalf("counter at %d: new interview got ID %d, want %d", seq, iv.ID, want)
			}
		}
		for _, iv := range ivs {
			wantIntact(t, s, iv)
		}
		d := &journal.Draft{Kind: journal.DraftFeedback}
		must(t, s.SaveDraft(d))
		if got, err := s.Draft(1); err != nil || d.ID != 2 || !reflect.DeepEqual(got, draft) {
			t.Fatalf("counter at %d: new draft %d, draft 1 now %+v (%v)", seq, d.ID, got, err)
		}
		r := &journal.Review{WeekOf: journal.NewDate(2026, 2, 2)}
		must(t, s.SaveReview(r))
		if got, err := s.Review(1); err != nil || r.ID != 2 || !reflect.DeepEqual(got, review) {
			t.Fatalf("counter at %d: new review %d, review 1 now %+v (%v)", seq, r.ID, got, err)
		}
		wantProblem(t, s, math.MaxUint64, "interview", "larger than any debrief gives out")
	}
}

func TestRestoreRefusesIDsNoRecordHas(t *testing.T) {
	s := MustOpen(t)
	fillJournal(t, s, 2)
	for _, id := range []uint64{0, store.MaxID + 1, math.MaxUint64} {
		iv := sample()
		iv.ID = id
		if err := s.RestoreInterview(iv); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("restoring interview %d: %v", id, err)
		}
	}
	if n, err := s.CountInterviews(); err != nil || n != 2 {
		t.Fatalf("%d interviews: %v", n, err)
	}
	mustPassCheck(t, s, "after the refusals")
}
