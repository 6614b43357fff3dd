package journal_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// fuSituation is one situation a follow-up can be planned in.
type fuSituation struct {
	name       string
	status     journal.Status
	badly      bool
	interested bool
}

var fuSituations = []fuSituation{
	{"waiting, went well", journal.StatusPending, false, true},
	{"waiting, went badly", journal.StatusPending, true, true},
	{"next round", journal.StatusNextRound, false, true},
	{"offer", journal.StatusOffer, false, true},
	{"rejected, still interested", journal.StatusRejected, false, true},
	{"rejected, not interested", journal.StatusRejected, false, false},
	{"silence, still interested", journal.StatusNoResponse, false, true},
	{"silence, not interested", journal.StatusNoResponse, false, false},
	{"withdrew", journal.StatusWithdrew, false, false},
}

func (s fuSituation) interview() *journal.Interview {
	iv := fuInterview()
	iv.Interviewers = append(iv.Interviewers, journal.Person{Name: "Sam Ortiz", Title: "Recruiter"})
	iv.Curveballs = []journal.Curveball{{Question: "Why us?", BetterAnswer: "Name the feature I use."}}
	iv.Outcome = journal.Outcome{Status: s.status}
	if s.status != journal.StatusPending {
		iv.Outcome.Date = fuDay.AddDays(20)
	}
	iv.StillInterested = s.interested
	if s.badly {
		iv.MoodAfter, iv.Nerves = 2, 5
	}
	return iv
}

// TestDraftMessage_AVariantForEverySituation drafts every kind of message
// in every situation the rules plan it in, and wants each situation to read
// differently from every other one the same kind is planned in.
func TestDraftMessage_AVariantForEverySituation(t *testing.T) {
	for _, kind := range journal.FollowUpKinds() {
		drafts := map[string]string{} // draft -> situation
		planned := 0
		for _, s := range fuSituations {
			iv := s.interview()
			var f *journal.FollowUp
			for _, day := range []journal.Date{fuDay, fuDay.AddDays(21), fuDay.AddDays(120)} {
				for _, p := range journal.PlanFollowUps(iv, day) {
					if p.Kind == kind && f == nil {
						f = &p
					}
				}
			}
			if f == nil {
				continue
			}
			planned++
			msg, err := journal.DraftMessageFor(journal.MessageContext{Interview: iv, Today: fuDay.AddDays(21), Sender: journal.Sender{Name: "Alex"}}, *f, "")
			if err != nil {
				t.Fatal(err)
			}
			fuCheckMessage(t, msg)
			if other, dup := drafts[msg]; dup {
				t.Errorf("%s reads the same when %s as when %s:\n%s", kind, s.name, other, msg)
			}
			drafts[msg] = s.name
		}
		if planned == 0 {
			t.Errorf("%s is planned in none of the situations", kind)
		}
	}
}
