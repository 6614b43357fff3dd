package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// A card practised once says so, never "practised 1 times".
func TestPracticeMarkdownPractisedOnce(t *testing.T) {
	card := journal.Card{InterviewID: 1, Number: 1, Question: "Why are you leaving?", Answer: "Growth",
		Due: journal.NewDate(2026, 3, 20), Reviews: []journal.CardReview{{Day: journal.NewDate(2026, 3, 14), Grade: 3}}}
	var b bytes.Buffer
	if err := export.WritePracticeMarkdown(&b, []journal.Card{card}, nil); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.Contains(out, "1 times") || !strings.Contains(out, "practised once: 2026-03-14") {
		t.Fatalf("the count of practice does not read:\n%s", out)
	}
}
