package journal_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestCustomAnswersKeepEveryShape(t *testing.T) {
	var iv journal.Interview
	iv.Set("energy", "Energy", journal.Value{Rating: 4})
	iv.Set("plans", "Plans", journal.Value{Items: []string{"call Dana", "practise salary"}})
	iv.Set("note", "Note", journal.Value{Text: "free text"})
	if got := iv.Get("energy"); got.Rating != 4 || iv.AnswerFor("energy") != "4" {
		t.Fatalf("rating: %+v", got)
	}
	if got := iv.Get("plans"); len(got.Items) != 2 || got.Items[1] != "practise salary" {
		t.Fatalf("list: %+v", got)
	}
	if got := iv.Get("note"); got.Text != "free text" || got.Rating != 0 {
		t.Fatalf("text: %+v", got)
	}
	iv.Set("energy", "Energy", journal.Value{})
	if !iv.Get("energy").IsEmpty() || len(iv.Answers) != 2 {
		t.Fatalf("clearing a custom answer: %+v", iv.Answers)
	}
}

func TestSetRejectsBadChoicesAndDates(t *testing.T) {
	var iv journal.Interview
	if err := iv.Set("stage", "", journal.Value{Text: "lunch"}); journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("stage: %v", err)
	}
	if err := iv.Set("date", "", journal.Value{Text: "14/03/2026"}); journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("date: %v", err)
	}
	if iv.Stage != "" || !iv.Date.IsZero() {
		t.Fatal("a rejected value was stored")
	}
}

func TestSetSplitsTagsOnCommas(t *testing.T) {
	iv := &journal.Interview{}
	if err := iv.Set("tags", "", journal.Value{Items: []string{"remote, fintech", " Remote", "", "startup ,"}}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"remote", "fintech", "startup"}; !slices.Equal(iv.Tags, want) {
		t.Fatalf("tags %q, want %q", iv.Tags, want)
	}
	given := []journal.Curveball{{Question: "Why us?", Tags: []string{"motivation, research"}}}
	if err := iv.Set("curveballs", "", journal.Value{Curveballs: given}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"motivation", "research"}; !slices.Equal(iv.Curveballs[0].Tags, want) {
		t.Fatalf("curveball tags %q, want %q", iv.Curveballs[0].Tags, want)
	}
	if len(given[0].Tags) != 1 {
		t.Fatal("Set changed the caller's curveballs")
	}
}
