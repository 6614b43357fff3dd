package prompts_test

import (
	"testing"

	"github.com/debrief-journal/debrief/prompts"
)

// The first question after a decision, often a no, rates how the news sits
// on a gentle scale: neither end is a word as heavy as "crushed".
func TestAfterDecisionFeelingScaleIsGentle(t *testing.T) {
	set := prompts.AfterDecision()
	p, ok := set.Find("feeling")
	if !ok {
		t.Fatal("the after-decision set has no feeling prompt")
	}
	if p.Low != "heavy" || p.High != "light" {
		t.Fatalf("the scale runs %q to %q, want heavy to light", p.Low, p.High)
	}
}
