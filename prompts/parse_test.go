package prompts_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

func mustParse(t *testing.T, set prompts.Set, file string) prompts.Set {
	t.Helper()
	out, err := prompts.Parse(set, "prompts.toml", []byte(file))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if err := out.Validate(); err != nil {
		t.Fatalf("the result does not validate: %v", err)
	}
	return out
}

func TestParse(t *testing.T) {
	base := prompts.AfterInterview()
	t.Run("Empty", func(t *testing.T) {
		out := mustParse(t, base, "# nothing here yet\n")
		if !slices.Equal(ids(out), ids(base)) {
			t.Errorf("an empty file changed the set: %v", ids(out))
		}
	})
	t.Run("AddGoesBeforeTheClosingPrompt", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "salary"
kind = "short"
title = "Did salary come up?"
hint = "What they offered, what you asked for."

[[prompt]]
id = "commute"
kind = "rating"
title = "Commute"
low = "awful"
high = "easy"
`)
		got := ids(out)
		n := len(got)
		if !slices.Equal(got[n-3:], []string{"salary", "commute", "mood_after"}) {
			t.Errorf("the set ends with %v", got[n-3:])
		}
		if len(got) != len(base.Prompts)+2 {
			t.Errorf("got %d prompts, want %d", len(got), len(base.Prompts)+2)
		}
		salary, _ := out.Find("salary")
		want := prompts.Prompt{ID: "salary", Kind: journal.KindShort, Title: "Did salary come up?", Hint: "What they offered, what you asked for."}
		if !equalPrompt(salary, want) {
			t.Errorf("salary is %+v, want %+v", salary, want)
		}
	})
	t.Run("AfterAndBefore", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "salary"
kind = "short"
title = "Salary"
after = "fit"

[[prompt]]
id = "benefits"
kind = "long"
title = "Benefits"
after = "salary"

[[prompt]]
id = "warmup"
kind = "long"
title = "Before anything else"
before = "company"
`)
		got := ids(out)
		if got[0] != "warmup" {
			t.Errorf("the set starts with %q", got[0])
		}
		i := slices.Index(got, "fit")
		if i < 0 || !slices.Equal(got[i:i+3], []string{"fit", "salary", "benefits"}) {
			t.Errorf("around fit: %v", got)
		}
	})
	t.Run("SeveralAfterOneKeepFileOrder", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "one"
kind = "short"
title = "One"
after = "role"

[[prompt]]
id = "two"
kind = "short"
title = "Two"
after = "role"
`)
		got := ids(out)
		i := slices.Index(got, "role")
		if !slices.Equal(got[i:i+4], []string{"role", "one", "two", "date"}) {
			t.Errorf("around role: %v", got[i:i+4])
		}
	})
	t.Run("Replace", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "proud_of"
hint = "Even a small win counts."
`)
		got, _ := out.Find("proud_of")
		old, _ := base.Find("proud_of")
		old.Hint = "Even a small win counts."
		if !equalPrompt(got, old) {
			t.Errorf("got %+v, want %+v", got, old)
		}
		if !slices.Equal(ids(out), ids(base)) {
			t.Error("replacing a hint moved prompts")
		}
	})
	t.Run("ReplaceKindDropsOldSettings", func(t *testing.T) {
		out := mustParse(t, prompts.Weekly(), `
[[prompt]]
set = "weekly"
id = "energy"
kind = "long"
`)
		got, _ := out.Find("energy")
		if got.Kind != journal.KindLong || got.Low != "" || got.High != "" {
			t.Errorf("energy is %+v", got)
		}
	})
	t.Run("MoveBuiltin", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "mood_before"
before = "company"
`)
		if got := ids(out); got[0] != "mood_before" || len(got) != len(base.Prompts) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("Remove", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "nerves"
remove = true

[[prompt]]
id = "mood_after"
remove = true

[[prompt]]
id = "salary"
kind = "short"
title = "Salary"
`)
		got := ids(out)
		if slices.Contains(got, "nerves") || slices.Contains(got, "mood_after") {
			t.Errorf("removed prompts remain: %v", got)
		}
		// With the closing prompt gone, a new prompt goes at the end.
		if got[len(got)-1] != "salary" {
			t.Errorf("the set ends with %q", got[len(got)-1])
		}
	})
	t.Run("FieldGivesTheKind", func(t *testing.T) {
		out := mustParse(t, base, `
[[prompt]]
id = "fit"
remove = true

[[prompt]]
id = "right_for_me"
field = "fit"
title = "Would I take it?"
`)
		got, _ := out.Find("right_for_me")
		if got.Kind != journal.KindLong || got.Field != "fit" {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("OtherSets", func(t *testing.T) {
		file := `
[[prompt]]
set = "weekly"
id = "applications"
kind = "rating"
title = "Applications sent"

[[prompt]]
set = "after_decision"
id = "feeling"
hint = "Whatever it is, it is allowed."
`
		weekly := mustParse(t, prompts.Weekly(), file)
		if !slices.Contains(ids(weekly), "applications") {
			t.Errorf("weekly: %v", ids(weekly))
		}
		decision := mustParse(t, prompts.AfterDecision(), file)
		if p, _ := decision.Find("feeling"); p.Hint != "Whatever it is, it is allowed." {
			t.Errorf("feeling hint is %q", p.Hint)
		}
		interview := mustParse(t, base, file)
		if !slices.Equal(ids(interview), ids(base)) {
			t.Errorf("entries for other sets changed after_interview: %v", ids(interview))
		}
	})
	t.Run("DoesNotChangeItsInput", func(t *testing.T) {
		set := prompts.AfterDecision()
		before := ids(set)
		mustParse(t, set, `
[[prompt]]
set = "after_decision"
id = "right_fit"
options = ["yes", "no"]

[[prompt]]
set = "after_decision"
id = "takeaway"
remove = true
`)
		fit, _ := set.Find("right_fit")
		if !slices.Equal(ids(set), before) || len(fit.Options) != 3 {
			t.Errorf("the input set changed: %v %v", ids(set), fit.Options)
		}
	})
	t.Run("CustomSet", func(t *testing.T) {
		own := prompts.Set{ID: "monthly", Name: "Monthly", Prompts: []prompts.Prompt{{ID: "month", Kind: journal.KindLong, Title: "The month"}}}
		out := mustParse(t, own, `
[[prompt]]
set = "monthly"
id = "wins"
kind = "list"
title = "Wins"
`)
		if !slices.Equal(ids(out), []string{"wins", "month"}) {
			t.Errorf("got %v", ids(out))
		}
	})
	t.Run("CRLFAndBOM", func(t *testing.T) {
		out := mustParse(t, base, "\xEF\xBB\xBF[[prompt]]\r\nid = \"nerves\"\r\nremove = true\r\n")
		if slices.Contains(ids(out), "nerves") {
			t.Error("nerves was not removed")
		}
	})
}

func equalPrompt(a, b prompts.Prompt) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Title == b.Title && a.Hint == b.Hint &&
		a.Field == b.Field && slices.Equal(a.Options, b.Options) && a.Default == b.Default &&
		a.Low == b.Low && a.High == b.High
}
