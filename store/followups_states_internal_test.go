package store

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// manyStates returns n demo interviews put in every state the follow-up
// rules tell apart: each outcome, dated or not, with a reply-by day or
// not; decision days before and after the interview; named, unnamed and
// recruiting interviewers; feedback or none; still interested or not;
// ratings that make an interview go badly; and follow-ups done, skipped,
// snoozed into the past and the future, reopened, edited and let go.
func manyStates(n int, seed uint64) []journal.Interview {
	now := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	ivs := demo.Generate(n, int64(seed), now)
	r := rand.New(rand.NewPCG(seed, seed+1))
	statuses := []journal.Status{"", journal.StatusPending, journal.StatusNextRound, journal.StatusOffer,
		journal.StatusRejected, journal.StatusNoResponse, journal.StatusWithdrew}
	people := []journal.Person{{Name: "Ana Ruiz", Title: "Talent partner"}, {Name: "Bo Chen", Title: "Engineering manager"},
		{Name: " ", Title: "Recruiter"}, {Name: "Cy", Title: "HR"}}
	for i := range ivs {
		iv := &ivs[i]
		iv.Outcome = journal.Outcome{Status: statuses[r.IntN(len(statuses))]}
		if iv.Outcome.Status != "" && r.IntN(3) > 0 {
			iv.Outcome.Date = iv.Date.AddDays(r.IntN(60))
		}
		if iv.Outcome.Status == journal.StatusOffer && r.IntN(2) == 0 {
			iv.Outcome.ReplyBy = iv.Date.AddDays(r.IntN(40) - 5)
		}
		switch r.IntN(3) {
		case 0:
			iv.DecisionExpected = journal.Date{}
		case 1:
			iv.DecisionExpected = iv.Date.AddDays(r.IntN(30) - 10)
		}
		iv.Interviewers = nil
		for _, p := range people {
			if r.IntN(3) == 0 {
				iv.Interviewers = append(iv.Interviewers, p)
			}
		}
		iv.Feedback = nil
		if r.IntN(4) == 0 {
			iv.Feedback = []journal.Feedback{{Date: iv.Date.AddDays(r.IntN(30)), From: "Ana", Text: "Clear answers"}}
		}
		iv.StillInterested = r.IntN(2) == 0
		iv.MoodBefore, iv.MoodAfter, iv.Nerves = journal.Rating(r.IntN(6)), journal.Rating(r.IntN(6)), journal.Rating(r.IntN(6))
		// Records made over the interview's first year and a half.
		for range r.IntN(5) {
			on := iv.Date.AddDays(r.IntN(540))
			for _, f := range journal.PlanFollowUps(iv, on) {
				if f.Status != journal.FollowUpOpen || r.IntN(3) > 0 {
					continue
				}
				switch r.IntN(6) {
				case 0:
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpDone, on, journal.Date{}, "sent")
				case 1:
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, on, journal.Date{}, "")
				case 2:
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(300)), "")
				case 3:
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpDone, on, journal.Date{}, "")
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpOpen, on, journal.Date{}, "")
				case 4:
					_ = iv.SetFollowUpMessage(f.ID, "My own words", "Drafted words")
				case 5:
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(20)), "")
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, on, journal.Date{}, journal.LetGoNote)
				}
			}
		}
	}
	return ivs
}

// TestAgendaIndexManyStates compares, over three years of days, the agenda
// drawn from the follow-up index with the one planned from the whole
// interviews, on a journal of every state, plain and encrypted, before and
// after a round of changes.
func TestAgendaIndexManyStates(t *testing.T) {
	fastKDF(t)
	ivs := manyStates(600, 11)
	for _, encrypted := range []bool{false, true} {
		name := "Plain"
		if encrypted {
			name = "Encrypted"
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "journal.db")
			s, err := Open(path)
			must(t, err)
			_, err = s.Import(ivs, nil, false, false)
			must(t, err)
			if encrypted {
				must(t, s.Close())
				_, err := Encrypt(path, passOf(testPass), time.Now())
				must(t, err)
				s, err = Open(path, Options{Passphrase: passOf(testPass)})
				must(t, err)
			}
			defer s.Close()
			s.SetNoSync(true)
			compareAgendas := func(t *testing.T) {
				t.Helper()
				start := journal.NewDate(2026, time.March, 14).AddDays(-900)
				all, err := s.Interviews()
				must(t, err)
				items := 0
				for d := 0; d <= 1500; d += 29 {
					day := start.AddDays(d)
					got, want := agendaLines(t, s, day), linesOf(journal.BuildAgenda(all, day))
					if !slices.Equal(got, want) {
						t.Fatalf("agenda on %s from the index has %d items, from the interviews %d:\n%v\n%v", day, len(got), len(want), head(got), head(want))
					}
					items += len(got)
				}
				if items == 0 {
					t.Fatal("the journal never has anything on its agenda")
				}
			}
			compareAgendas(t)
			r := rand.New(rand.NewPCG(5, 6))
			for range 60 {
				iv, err := s.Interview(uint64(1 + r.IntN(len(ivs))))
				must(t, err)
				on := iv.Date.AddDays(r.IntN(200))
				plan := journal.PlanFollowUps(iv, on)
				if len(plan) > 0 {
					f := plan[r.IntN(len(plan))]
					_ = iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, on, on.AddDays(1+r.IntN(500)), "")
				}
				iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: on}
				iv.StillInterested = r.IntN(2) == 0
				must(t, s.UpdateInterview(iv))
			}
			compareAgendas(t)
			rep, err := s.Check()
			must(t, err)
			if !rep.OK() {
				t.Fatalf("check: %+v", rep.Problems)
			}
		})
	}
}

func head(s []string) []string { return s[:min(len(s), 5)] }
