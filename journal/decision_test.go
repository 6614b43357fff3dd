package journal_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestSetOutcome(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.SetOutcome(journal.StatusRejected, fuDay.AddDays(9)); err != nil {
			t.Fatal(err)
		}
		if iv.Outcome != (journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(9)}) {
			t.Fatalf("outcome %+v", iv.Outcome)
		}
		if err := iv.SetOutcome(journal.StatusPending, fuDay.AddDays(12)); err != nil || !iv.Outcome.Date.IsZero() {
			t.Fatalf("pending kept a day: %+v, %v", iv.Outcome, err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for name, tc := range map[string]struct {
			status journal.Status
			day    journal.Date
		}{
			"BeforeInterview": {journal.StatusOffer, fuDay.AddDays(-1)},
			"NoDay":           {journal.StatusOffer, journal.Date{}},
			"Unknown":         {"maybe", fuDay},
			"Empty":           {"", fuDay},
		} {
			iv := fuInterview()
			if err := iv.SetOutcome(tc.status, tc.day); journal.ErrorCode(err) != journal.EInvalid {
				t.Errorf("%s: got %v", name, err)
			}
			if iv.Outcome.Status != journal.StatusPending {
				t.Errorf("%s: a refused outcome changed the interview", name)
			}
		}
	})
}

func TestAddFeedback(t *testing.T) {
	iv := fuInterview()
	if err := iv.AddFeedback(journal.Feedback{Date: fuDay.AddDays(5), From: "  Sam ", Text: " More depth on design.\n"}); err != nil {
		t.Fatal(err)
	}
	if len(iv.Feedback) != 1 || iv.Feedback[0].From != "Sam" || iv.Feedback[0].Text != "More depth on design." {
		t.Fatalf("feedback %+v", iv.Feedback)
	}
	for name, f := range map[string]journal.Feedback{
		"Empty":           {Date: fuDay, Text: " \n"},
		"NoDay":           {Text: "x"},
		"BeforeInterview": {Date: fuDay.AddDays(-2), Text: "x"},
		"LongName":        {Date: fuDay, Text: "x", From: strings.Repeat("a", journal.MaxShortBytes+1)},
	} {
		if err := iv.AddFeedback(f); journal.ErrorCode(err) != journal.EInvalid {
			t.Errorf("%s: got %v", name, err)
		}
	}
	if len(iv.Feedback) != 1 {
		t.Fatalf("refused feedback was added: %d", len(iv.Feedback))
	}
}
