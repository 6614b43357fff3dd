package store_test

import (
	"encoding/binary"
	"errors"
	"slices"
	"testing"
	"time"

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

// TestEachCardSkipping: what an export that skips the damaged reads of the
// cards. A journal that never had cards gives the cards its interviews
// would make; once it has them, a damaged card is skipped with its
// interview's ID and the others are read.
func TestEachCardSkipping(t *testing.T) {
	s, path := openCards(t)
	for _, co := range []string{"Acme", "Globex", "Initech"} {
		if err := s.CreateInterview(cardInterview(co)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	each := func(s *store.Store) (read, skipped []uint64) {
		t.Helper()
		err := s.EachCardSkipping(func(c *journal.Card) error {
			read = append(read, c.InterviewID)
			return nil
		}, func(id uint64, err error) {
			if journal.ErrorCode(err) != journal.ECorrupt {
				t.Errorf("card of interview %d skipped for %v", id, err)
			}
			skipped = append(skipped, id)
		})
		if err != nil {
			t.Fatal(err)
		}
		return read, skipped
	}

	r, err := store.OpenReading(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Now = func() time.Time { return cardNow }
	made, _ := r.Cards()
	if read, skipped := each(r); len(made) < 3 || len(read) != len(made) || len(skipped) != 0 {
		t.Errorf("a journal without cards gave %v and skipped %v, want the %d cards its interviews make", read, skipped, len(made))
	}
	r.Close()

	w, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Now = func() time.Time { return cardNow }
	cards, err := w.Cards()
	if err != nil {
		t.Fatal(err)
	}
	var damaged int
	for _, c := range cards {
		if c.InterviewID == 2 {
			damaged++
			must(t, w.PutRaw("cards", binary.BigEndian.AppendUint16(store.IDKey(2), uint16(c.Number)), []byte{0xff, 0xfe}))
		}
	}
	read, skipped := each(w)
	if len(read) != len(cards)-damaged || len(skipped) != damaged || slices.Contains(read, 2) || skipped[0] != 2 {
		t.Errorf("read the cards of %v and skipped %v, want all but interview 2's %d", read, skipped, damaged)
	}
}
