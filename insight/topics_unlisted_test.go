package insight_test

import (
	"testing"

	"github.com/debrief-journal/debrief/insight"
)

// TestCurveballTopicOfUnlistedWordings: wordings that share no word or
// phrase with their topic's list, written after the model was trained and
// found in none of the labelled sets, still find their topic through what
// the model learned from other wordings. (Of twelve new wordings tried when
// this test was written, seven were found, four of them these, which share
// nothing with their lists; four stayed without a topic and one was taken
// for another: the held-out figures say how often that happens.)
func TestCurveballTopicOfUnlistedWordings(t *testing.T) {
	cases := map[string]string{
		"What would it take for the numbers to work for you?":     "compensation",
		"What are you hoping to walk away with each year?":        "compensation",
		"What keeps you coming back to this kind of work?":        "motivation",
		"What would your old boss say you need to get better at?": "weaknesses",
		"How soon could you be here?":                             "logistics",
		"What's pushing you out the door at your current place?":  "leaving",
	}
	for q, want := range cases {
		if got := insight.CurveballTopicOf(q); got != want {
			t.Errorf("CurveballTopicOf(%q) = %q, want %q", q, got, want)
		}
	}
}
