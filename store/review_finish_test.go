package store_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestFinishReview(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := MustOpen(t)
		d := &journal.Draft{Kind: journal.DraftReview}
		if err := s.SaveDraft(d); err != nil {
			t.Fatal(err)
		}
		r := &journal.Review{WeekOf: journal.NewDate(2026, 3, 9), Focus: "Slow down", PreviousFocusDone: journal.PractisedPartly}
		if err := s.FinishReview(d.ID, r); err != nil {
			t.Fatal(err)
		}
		if r.ID == 0 || r.CreatedAt.IsZero() {
			t.Fatalf("the review got no ID or time: %+v", r)
		}
		got, err := s.Review(r.ID)
		if err != nil || got.Focus != "Slow down" || got.PreviousFocusDone != journal.PractisedPartly {
			t.Fatalf("stored %+v, %v", got, err)
		}
		if ds, _ := s.Drafts(); len(ds) != 0 {
			t.Fatalf("the draft was kept: %+v", ds)
		}
	})
	t.Run("ErrInvalidKeepsTheDraft", func(t *testing.T) {
		s := MustOpen(t)
		d := &journal.Draft{Kind: journal.DraftReview}
		if err := s.SaveDraft(d); err != nil {
			t.Fatal(err)
		}
		r := &journal.Review{Focus: "no week"}
		err := s.FinishReview(d.ID, r)
		if journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("err %v, want invalid", err)
		}
		if r.ID != 0 || !r.CreatedAt.IsZero() {
			t.Fatalf("a failed save left an ID or a time behind: %+v", r)
		}
		if ds, _ := s.Drafts(); len(ds) != 1 {
			t.Fatal("the draft was deleted although the review was not saved")
		}
		if rs, _ := s.Reviews(); len(rs) != 0 {
			t.Fatalf("reviews %+v", rs)
		}
	})
}
