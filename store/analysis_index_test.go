package store_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// analysisJournal returns n interviews with everything patterns read, and
// more that they do not, filled in at random from a fixed seed.
func analysisJournal(n int) []*journal.Interview {
	r := rand.New(rand.NewPCG(15, 6))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	var ivs []*journal.Interview
	for i := range n {
		day := journal.NewDate(2026, time.January, 1).AddDays(i * 2)
		iv := &journal.Interview{
			Company: fmt.Sprintf("Company %d", i%7), Role: pick("Nurse", "Engineer", ""), Date: day,
			Stage:      journal.Stages[r.IntN(len(journal.Stages))],
			MoodBefore: journal.Rating(r.IntN(6)), MoodAfter: journal.Rating(r.IntN(6)),
			Authenticity: journal.Rating(r.IntN(6)), Nerves: journal.Rating(r.IntN(6)), Tags: []string{pick("remote", "agency")},
			WentWell:     []string{"not read by patterns"},
			Interviewers: []journal.Person{{Name: "Sam", Title: "Lead", Contact: "sam@example.com"}},
		}
		for range r.IntN(3) {
			iv.Curveballs = append(iv.Curveballs, journal.Curveball{
				Question: pick("What are your salary expectations?", "Write SQL for the second highest salary", "Tell me about a conflict", "Why here? ✓"),
				Answer:   pick("", "I froze"), BetterAnswer: pick("", "A range"), Tags: []string{pick("salary", "sql", "people")}[:r.IntN(2)],
			})
		}
		for range r.IntN(3) {
			iv.Lessons = append(iv.Lessons, pick("Slow down", "Research the company", "Bring water"))
		}
		if r.IntN(3) == 0 {
			iv.Outcome = journal.Outcome{Status: journal.Statuses[1+r.IntN(len(journal.Statuses)-1)], Date: day.AddDays(r.IntN(20))}
			iv.FeedbackLessons = []string{"Ask for the salary range early"}
		}
		if r.IntN(2) == 0 {
			iv.FollowUps = []journal.FollowUp{{ID: journal.FollowUpID(journal.FollowUpThankYou, 0), Kind: journal.FollowUpThankYou,
				Status: journal.FollowUpDone, DoneAt: day.AddDays(r.IntN(3)), Note: "not read", Message: "not read"}}
		}
		if r.IntN(4) == 0 {
			iv.Feedback = []journal.Feedback{{Date: day.AddDays(9), From: "Recruiter", Text: "More depth"}}
		}
		ivs = append(ivs, iv)
	}
	return ivs
}

// byID sorts interviews by ID, as the index returns them in no set order.
func byID(ivs []*journal.Interview) []*journal.Interview {
	slices.SortFunc(ivs, func(a, b *journal.Interview) int { return int(a.ID) - int(b.ID) })
	return ivs
}

// TestAnalysisInterviews: the patterns drawn from the analysis index are
// exactly those drawn from the whole interviews, after creating, updating,
// importing and deleting interviews, and in a journal that gains the index
// only when it is first read.
func TestAnalysisInterviews(t *testing.T) {
	now := time.Date(2026, time.June, 1, 12, 0, 0, 0, time.UTC)
	same := func(t *testing.T, s *store.Store) {
		t.Helper()
		whole, err := s.Interviews()
		must(t, err)
		records, err := s.AnalysisInterviews()
		must(t, err)
		if len(records) != len(whole) {
			t.Fatalf("%d records for %d interviews", len(records), len(whole))
		}
		if !reflect.DeepEqual(insight.AnalyzeAt(records, now), insight.AnalyzeAt(whole, now)) {
			t.Error("patterns from the index differ from those of the whole interviews")
		}
		planning, err := s.FollowUpInterviews(journal.DateOf(now))
		must(t, err)
		for _, last := range []*journal.Review{nil, {ID: 1, CreatedAt: now.AddDate(0, 0, -20)}} {
			fast, slow := insight.WeekSummaryAgenda(records, journal.BuildAgenda(planning, journal.DateOf(now)), nil, last, now), insight.WeekSummary(whole, last, now)
			if !sameWeek(fast, slow) {
				t.Errorf("the week from the index differs from that of the whole interviews:\n got %+v\nwant %+v", fast, slow)
			}
		}
		byID(records)
		for i, iv := range byID(whole) {
			if r := records[i]; r.ID != iv.ID || !r.CreatedAt.Equal(iv.CreatedAt) || r.Interviewers != nil || r.WentWell != nil {
				t.Fatalf("record %d = %+v for interview %+v", i, r, iv)
			}
		}
	}

	t.Run("OK", func(t *testing.T) {
		s := MustOpen(t)
		ivs := analysisJournal(60)
		for _, iv := range ivs[:40] {
			must(t, s.CreateInterview(iv))
		}
		same(t, s) // builds the index from the 40
		for _, iv := range ivs[40:] {
			must(t, s.CreateInterview(iv))
		}
		ivs[3].Curveballs = append(ivs[3].Curveballs, journal.Curveball{Question: "How do you handle pressure?"})
		ivs[3].Outcome = journal.Outcome{Status: journal.StatusWithdrew, Date: ivs[3].Date}
		must(t, s.UpdateInterview(ivs[3]))
		_, err := s.DeleteInterview(ivs[5].ID)
		must(t, err)
		imported := *ivs[7]
		imported.Lessons = []string{"Pause before answering"}
		_, err = s.Import([]journal.Interview{imported}, nil, true, false)
		must(t, err)
		same(t, s)
	})

	t.Run("ReadOnly", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		for _, iv := range analysisJournal(20) {
			must(t, s.CreateInterview(iv))
		}
		must(t, s.Close())
		ro, err := store.Open(path, store.Options{ReadOnly: true})
		must(t, err)
		defer ro.Close()
		same(t, ro) // no index, and none can be built: read from the interviews
	})
}

// sameWeek compares two weeks, the week's interviews by what the review
// shows of them (their summaries).
func sameWeek(a, b insight.Week) bool {
	sums := func(ivs []*journal.Interview) []journal.Summary {
		var out []journal.Summary
		for _, iv := range ivs {
			out = append(out, iv.Summarize())
		}
		return out
	}
	if !reflect.DeepEqual(sums(a.Interviews), sums(b.Interviews)) {
		return false
	}
	a.Interviews, b.Interviews = nil, nil
	return reflect.DeepEqual(a, b)
}
