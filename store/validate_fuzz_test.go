package store_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// FuzzValidRecordsRoundTrip builds an interview and a weekly review from
// arbitrary texts, days, ratings and follow-up records, and holds the
// journal to one promise: whatever the domain's Validate accepts is saved,
// reads back exactly as it was, lists with its summary, and passes Check.
// A rule the reader or Check applies but Validate does not (a year 0 that
// was saved and then read as damage) fails here.
func FuzzValidRecordsRoundTrip(f *testing.F) {
	s := MustOpen(f)
	s.SetNoSync(true)
	f.Add("Acme", "Engineer", 2026, 3, 14, 2026, 3, 28, 3, 4, "check_in", "snoozed", 2026, 3, 30, "later", "They liked it", 2026, 3, 20, int64(1773500000), 2026, 3, 9, "Practise")
	f.Add("", "", 0, 1, 1, 0, 0, 0, 0, 0, "thank_you", "done", 1900, 1, 1, "", "", 2200, 12, 31, int64(0), 1900, 1, 1, "")
	f.Add("x\x00y", "\x1b[31m", 2200, 12, 31, 2201, 1, 1, 5, 6, "postcard", "open", 0, 0, 0, "\u202e", "\x00", 1899, 12, 31, int64(-62135596800), 2201, 1, 1, "\x00")
	f.Fuzz(func(t *testing.T, company, role string, y, m, d, dy, dm, dd, mood, nerves int,
		kind, status string, fy, fm, fd int, note, feedback string, by, bm, bd int, created int64,
		wy, wm, wd int, focus string) {
		day := func(y, m, d int) journal.Date {
			if y == 0 && m == 0 && d == 0 {
				return journal.Date{}
			}
			return journal.NewDate(y, time.Month(m), d)
		}
		followUpDay := day(fy, fm, fd)
		iv := &journal.Interview{
			Company: company, Role: role, Date: day(y, m, d), DecisionExpected: day(dy, dm, dd),
			MoodAfter: journal.Rating(mood), Nerves: journal.Rating(nerves),
			Tags:     []string{company},
			Outcome:  journal.Outcome{Status: journal.StatusPending},
			Feedback: []journal.Feedback{{Date: day(by, bm, bd), From: role, Text: feedback}},
			FollowUps: []journal.FollowUp{{
				ID: kind, Kind: journal.FollowUpKind(kind), Status: journal.FollowUpStatus(status),
				Due: followUpDay, DoneAt: followUpDay, SnoozedUntil: followUpDay, Note: note,
			}},
		}
		review := &journal.Review{WeekOf: day(wy, wm, wd), Focus: focus, CreatedAt: time.Unix(created, 0).UTC()}
		ivOK, reviewOK := iv.Validate() == nil, review.Validate() == nil
		if !ivOK && !reviewOK {
			return
		}
		if err := s.Empty(); err != nil {
			t.Fatal(err)
		}
		if ivOK {
			if err := s.CreateInterview(iv); err != nil {
				t.Fatalf("Validate accepts the interview, saving refuses it: %v\n%+v", err, iv)
			}
			got, err := s.Interview(iv.ID)
			if err != nil {
				t.Fatalf("saved, then not read back: %v\n%+v", err, iv)
			}
			if !reflect.DeepEqual(got, iv) {
				t.Fatalf("read back differs:\n got %+v\nwant %+v", got, iv)
			}
			sums, err := s.Summaries()
			if err != nil || len(sums) != 1 || !reflect.DeepEqual(sums[0], iv.Summarize()) {
				t.Fatalf("summaries %+v, %v; want the interview's", sums, err)
			}
			// The agenda writes the follow-up index, which Check compares.
			if _, err := s.Agenda(journal.DateOf(s.Now())); err != nil {
				t.Fatalf("agenda: %v", err)
			}
		}
		if reviewOK {
			if err := s.SaveReview(review); err != nil {
				t.Fatalf("Validate accepts the review, saving refuses it: %v\n%+v", err, review)
			}
			got, err := s.Review(review.ID)
			if err != nil || !reflect.DeepEqual(got, review) {
				t.Fatalf("review read back as %+v, %v; want %+v", got, err, review)
			}
		}
		if rep := mustCheck(t, s); !rep.OK() {
			t.Fatalf("Check finds problems in what Validate accepted: %v", rep.Problems)
		}
	})
}
