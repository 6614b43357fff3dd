package journal_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestNextStepsSayOnlyWhatIsTrue(t *testing.T) {
	why := func(iv *journal.Interview, kind journal.FollowUpKind) string {
		t.Helper()
		for _, s := range journal.NextSteps(iv, fuDay) {
			if s.FollowUp.Kind == kind {
				if s.Label == "" || s.FollowUp.ID == "" {
					t.Fatalf("a step without a label or a follow-up: %+v", s)
				}
				return s.Why
			}
		}
		t.Fatalf("no %s step", kind)
		return ""
	}
	t.Run("NoCurveballs", func(t *testing.T) {
		iv := fuInterview()
		if w := why(iv, journal.FollowUpThankYou); strings.Contains(w, "answer") || strings.Contains(w, "fumble") {
			t.Errorf("a thank-you after no curveball promises to fix an answer: %q", w)
		}
		if c := journal.ReflectionClosing(iv); strings.Contains(c, "carry forward") {
			t.Errorf("closing with no lessons: %q", c)
		}
	})
	t.Run("ABetterAnswer", func(t *testing.T) {
		iv := fuInterview()
		iv.Curveballs = []journal.Curveball{{Question: "Why us?", BetterAnswer: "Name the feature I use."}}
		iv.Lessons = []string{"research them"}
		if w := why(iv, journal.FollowUpThankYou); !strings.Contains(w, "answer") {
			t.Errorf("a thank-you after a better answer: %q", w)
		}
		if c := journal.ReflectionClosing(iv); !strings.Contains(c, "carry forward") {
			t.Errorf("closing with lessons: %q", c)
		}
	})
	t.Run("PayOnly", func(t *testing.T) {
		iv := fuInterview()
		iv.Curveballs = []journal.Curveball{{Question: "What are your salary expectations?", BetterAnswer: "A range."}}
		if w := why(iv, journal.FollowUpThankYou); strings.Contains(w, "answer") {
			t.Errorf("a thank-you offers to reopen pay: %q", w)
		}
	})
	t.Run("CheckInDate", func(t *testing.T) {
		iv := fuInterview()
		if w := why(iv, journal.FollowUpCheckIn); strings.Contains(w, "said they would decide") {
			t.Errorf("a date nobody gave: %q", w)
		}
		iv.DecisionExpected = fuDay.AddDays(5)
		if w := why(iv, journal.FollowUpCheckIn); !strings.Contains(w, fuDay.AddDays(5).String()) {
			t.Errorf("the promised date is missing: %q", w)
		}
	})
}

func TestDecisionWording(t *testing.T) {
	iv := fuInterview()
	iv.Feedback = []journal.Feedback{{From: "Sam", Text: "Strong on design, light on numbers."}}
	for _, status := range journal.Statuses {
		iv.Outcome = journal.Outcome{Status: status, Date: fuDay.AddDays(3)}
		w := journal.DecisionWording(iv)
		if got := w["what_they_said"].Prefill; got != "Sam: Strong on design, light on numbers." {
			t.Errorf("%s: what they said starts from %q", status, got)
		}
		words := strings.ToLower(w["right_fit"].Title + " " + w["right_fit"].Hint + " " + w["feeling"].Hint + " " + journal.DecisionClosing(iv))
		if status != journal.StatusRejected && strings.Contains(words, " a no ") || status != journal.StatusRejected && strings.Contains(words, "lucky escape") {
			t.Errorf("%s is worded as a rejection: %q", status, words)
		}
	}
	iv.Outcome = journal.Outcome{Status: journal.StatusOffer, Date: fuDay.AddDays(3)}
	if h := journal.DecisionWording(iv)["right_fit"]; !strings.Contains(h.Hint, "offer") {
		t.Errorf("an offer's fit question: %+v", h)
	}
	iv.Feedback = nil
	iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(3)}
	if _, ok := journal.DecisionWording(iv)["what_they_said"]; ok {
		t.Error("a rejection without feedback changes what they said")
	}
}
