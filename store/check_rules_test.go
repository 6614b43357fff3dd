package store_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// plantInterview stores iv over the interview of its ID as an older debrief
// (or an import it let through) could have left it, with its summary, past
// the rules that saving applies.
func plantInterview(t *testing.T, s *store.Store, iv *journal.Interview, oldDate journal.Date) {
	t.Helper()
	value, err := store.Encode(iv)
	if err != nil {
		t.Fatal(err)
	}
	summary, err := store.Encode(iv.Summarize())
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.DeleteRaw("summaries", store.SummaryKey(oldDate, iv.ID)))
	must(t, s.PutRaw("summaries", store.SummaryKey(iv.Date, iv.ID), summary))
	must(t, s.PutRaw("interviews", store.IDKey(iv.ID), value))
}

// Check holds every stored interview to the rules that saving and
// importing apply, naming the field. A record that breaks one still reads,
// in full and in the list, so the user can see and correct it.
func TestCheckHoldsStoredRecordsToTheRules(t *testing.T) {
	cases := map[string]struct {
		change func(iv *journal.Interview)
		want   string
	}{
		"YearZero": {func(iv *journal.Interview) { iv.Date = journal.NewDate(0, 1, 1) }, "date: 0000-01-01 is outside the years debrief keeps"},
		"YearTypo": {func(iv *journal.Interview) { iv.Date = journal.NewDate(206, 3, 14) }, "date: 0206-03-14 is outside"},
		"YearFar":  {func(iv *journal.Interview) { iv.DecisionExpected = journal.NewDate(3026, 3, 14) }, "decision_expected: 3026-03-14 is outside"},
		"UnknownKind": {func(iv *journal.Interview) {
			iv.FollowUps = []journal.FollowUp{{ID: "postcard", Kind: "postcard", Status: journal.FollowUpSkipped}}
		}, `followups[0].kind: "postcard" is not a follow-up`},
		"SnoozeNoEnd": {func(iv *journal.Interview) {
			iv.FollowUps = []journal.FollowUp{{ID: "connect", Kind: "connect", Status: journal.FollowUpSnoozed}}
		}, "followups[0].snoozed_until: a snoozed follow-up needs"},
		"DoneNoDay": {func(iv *journal.Interview) {
			iv.FollowUps = []journal.FollowUp{{ID: "connect", Kind: "connect", Status: journal.FollowUpDone}}
		}, "followups[0].done_at: a done follow-up needs"},
		"NUL":           {func(iv *journal.Interview) { iv.Curveballs[0].Answer = "I\x00 froze" }, "curveballs[0].answer: the text holds a NUL character"},
		"CreatedInYear": {func(iv *journal.Interview) { iv.CreatedAt = iv.CreatedAt.AddDate(-2026, 0, 0) }, "created_at: 0000-03-14T18:00:01Z is outside"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			s := MustOpen(t)
			iv := sample()
			must(t, s.CreateInterview(iv))
			oldDate := iv.Date
			tc.change(iv)
			plantInterview(t, s, iv, oldDate)

			got, err := s.Interview(iv.ID)
			if err != nil || !reflect.DeepEqual(got, iv) {
				t.Fatalf("the stored interview reads as %+v, %v", got, err)
			}
			if sums, err := s.Summaries(); err != nil || len(sums) != 1 {
				t.Fatalf("the list reads %d summaries, %v", len(sums), err)
			}
			found := false
			for _, p := range problemsAbout(mustCheck(t, s), iv.ID, "interview") {
				found = found || strings.Contains(p.Message, "breaks a rule: "+tc.want)
			}
			if !found {
				t.Fatalf("check does not report %q: %v", tc.want, mustCheck(t, s).Problems)
			}
		})
	}
	t.Run("OKRatingZero", func(t *testing.T) {
		// 0 is how a journal stores "not rated".
		s := MustOpen(t)
		iv := sample()
		iv.MoodBefore, iv.MoodAfter, iv.Authenticity, iv.Nerves = 0, 0, 0, 0
		must(t, s.CreateInterview(iv))
		if rep := mustCheck(t, s); !rep.OK() {
			t.Fatal(rep.Problems)
		}
	})
}
