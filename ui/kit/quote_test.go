package kit

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/prompts"
)

// A focus suggested from a theme already has quotes in it; the reminder of
// it in the next review must not nest the same quotes.
func TestPreviousFocusHintDoesNotNestQuotes(t *testing.T) {
	d := NewReviewDraft(insight.Week{PreviousFocus: "Prepare for questions on “Salary expectations”"})
	set := ReviewSet(prompts.Set{}, &d)
	if len(set.Prompts) == 0 || set.Prompts[0].ID != PromptPreviousFocusDone {
		t.Fatalf("no question about last week's focus: %+v", set.Prompts)
	}
	hint := set.Prompts[0].Hint
	if want := "You chose: “Prepare for questions on ‘Salary expectations’”"; hint != want {
		t.Fatalf("hint %q, want %q", hint, want)
	}
	if strings.Count(hint, "“") != 1 {
		t.Fatalf("quotes nested: %q", hint)
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"Pause before answering":         "“Pause before answering”",
		"Practise “why are you leaving”": "“Practise ‘why are you leaving’”",
		"":                               "“”",
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %q, want %q", in, got, want)
		}
	}
}
