package prompts_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

func TestValidate(t *testing.T) {
	ok := prompts.Prompt{ID: "salary", Kind: journal.KindShort, Title: "Salary"}
	with := func(change func(*prompts.Prompt)) prompts.Set {
		p := ok
		change(&p)
		return prompts.Set{ID: "test", Prompts: []prompts.Prompt{p}}
	}
	t.Run("OK", func(t *testing.T) {
		if err := with(func(*prompts.Prompt) {}).Validate(); err != nil {
			t.Fatal(err)
		}
	})
	for name, tc := range map[string]struct {
		set  prompts.Set
		want string
	}{
		"NoSetID":        {prompts.Set{}, "no id"},
		"NoID":           {with(func(p *prompts.Prompt) { p.ID = "" }), "id is missing"},
		"BadID":          {with(func(p *prompts.Prompt) { p.ID = "Salary!" }), "lowercase"},
		"DuplicateID":    {prompts.Set{ID: "test", Prompts: []prompts.Prompt{ok, ok}}, "more than one prompt"},
		"NoKind":         {with(func(p *prompts.Prompt) { p.Kind = "" }), "kind is missing"},
		"BadKind":        {with(func(p *prompts.Prompt) { p.Kind = "bool" }), `"bool" is not one of`},
		"NoTitle":        {with(func(p *prompts.Prompt) { p.Title = "  " }), "title is missing"},
		"TitleNewline":   {with(func(p *prompts.Prompt) { p.Title = "a\nb" }), "one line"},
		"HintControl":    {with(func(p *prompts.Prompt) { p.Hint = "a\x1b[31m" }), "control character"},
		"UnknownField":   {with(func(p *prompts.Prompt) { p.Field = "salary" }), "not a built-in field"},
		"FieldKind":      {with(func(p *prompts.Prompt) { p.Field = "nerves" }), "holds a rating answer"},
		"IDIsAField":     {with(func(p *prompts.Prompt) { p.ID = "fit" }), "is the name of a built-in field"},
		"CustomPeople":   {with(func(p *prompts.Prompt) { p.Kind = journal.KindPeople }), "interviewers"},
		"ChoiceNoOption": {with(func(p *prompts.Prompt) { p.Kind = journal.KindChoice }), "at least 2 options"},
		"OptionsOnText":  {with(func(p *prompts.Prompt) { p.Options = []string{"a", "b"} }), "only apply to a choice"},
		"OptionTwice": {with(func(p *prompts.Prompt) {
			p.Kind, p.Options = journal.KindChoice, []string{"a", "a"}
		}), "listed twice"},
		"StageOption": {with(func(p *prompts.Prompt) {
			p.ID, p.Field, p.Kind, p.Options = "round", "stage", journal.KindChoice, []string{"first", "lunch"}
		}), `not "lunch"`},
		"DateDefault":   {with(func(p *prompts.Prompt) { p.Kind, p.Default = journal.KindDate, "tomorrow" }), "default of a date"},
		"RatingDefault": {with(func(p *prompts.Prompt) { p.Kind, p.Default = journal.KindRating, "6" }), "from 1 to 5"},
		"LowOnText":     {with(func(p *prompts.Prompt) { p.Low = "bad" }), "rating prompt"},
		"SharedField": {prompts.Set{ID: "test", Prompts: []prompts.Prompt{
			{ID: "a", Kind: journal.KindLong, Title: "A", Field: "fit"},
			{ID: "b", Kind: journal.KindShort, Title: "B", Field: "fit"},
		}}, "both fill the field"},
	} {
		t.Run(name, func(t *testing.T) {
			err := tc.set.Validate()
			if err == nil {
				t.Fatalf("no error, want one containing %q", tc.want)
			}
			if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %q (%s), want one containing %q", err, journal.ErrorCode(err), tc.want)
			}
		})
	}
}

func TestValidateAcceptsTextForText(t *testing.T) {
	// A long answer can fill a short field and the other way round: both are text.
	set := prompts.Set{ID: "test", Prompts: []prompts.Prompt{
		{ID: "company", Kind: journal.KindLong, Title: "Company", Field: "company"},
		{ID: "fit", Kind: journal.KindShort, Title: "Fit", Field: "fit"},
		{ID: "when", Kind: journal.KindDate, Title: "When", Field: "date", Default: "2026-03-14"},
	}}
	if err := set.Validate(); err != nil {
		t.Fatal(err)
	}
}
