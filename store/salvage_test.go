package store_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestEachSkipping(t *testing.T) {
	// damaged returns a journal of five interviews and three reviews, with
	// interview 3 and review 2 damaged and interview 4 from a newer debrief.
	damaged := func(t *testing.T) *store.Store {
		s := MustOpen(t)
		for i := range 5 {
			iv := sample()
			iv.Date = journal.NewDate(2026, 1, 1).AddDays(i)
			must(t, s.CreateInterview(iv))
		}
		for i := range 3 {
			must(t, s.SaveReview(&journal.Review{WeekOf: journal.NewDate(2026, 1, 5).AddDays(7 * i), Focus: "Slow down"}))
		}
		must(t, s.PutRaw("interviews", store.IDKey(3), []byte(`{"v":1,"d":{"id":`)))
		must(t, s.PutRaw("interviews", store.IDKey(4), []byte(`{"v":7,"d":{}}`)))
		must(t, s.PutRaw("reviews", store.IDKey(2), []byte{0xff, 0xfe}))
		return s
	}
	type skip struct {
		id   uint64
		code string
	}

	t.Run("OK", func(t *testing.T) {
		s := damaged(t)
		var read []uint64
		var skipped []skip
		err := s.EachInterviewSkipping(func(iv *journal.Interview) error {
			read = append(read, iv.ID)
			return nil
		}, func(id uint64, err error) { skipped = append(skipped, skip{id, journal.ErrorCode(err)}) })
		must(t, err)
		if !slices.Equal(read, []uint64{1, 2, 5}) {
			t.Errorf("read interviews %v, want 1, 2 and 5", read)
		}
		if want := []skip{{3, journal.ECorrupt}, {4, journal.ENewer}}; !slices.Equal(skipped, want) {
			t.Errorf("skipped %v, want %v", skipped, want)
		}

		read, skipped = nil, nil
		err = s.EachReviewSkipping(func(r *journal.Review) error {
			read = append(read, r.ID)
			return nil
		}, func(id uint64, err error) { skipped = append(skipped, skip{id, journal.ErrorCode(err)}) })
		must(t, err)
		if !slices.Equal(read, []uint64{1, 3}) || !slices.Equal(skipped, []skip{{2, journal.ECorrupt}}) {
			t.Errorf("reviews read %v and skipped %v, want 1 and 3, and 2", read, skipped)
		}
	})

	t.Run("WithoutSkippingStops", func(t *testing.T) {
		s := damaged(t)
		err := s.EachInterview(func(*journal.Interview) error { return nil })
		if journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("EachInterview over a damaged interview gives %v, want ECorrupt", err)
		}
	})

	t.Run("ErrFromFn", func(t *testing.T) {
		s := damaged(t)
		stop := errors.New("stop")
		var read int
		err := s.EachInterviewSkipping(func(*journal.Interview) error {
			read++
			return stop
		}, func(uint64, error) { t.Error("skipped called after fn stopped") })
		if !errors.Is(err, stop) || read != 1 {
			t.Fatalf("got %v after %d interviews, want fn's error after the first", err, read)
		}
	})
}
