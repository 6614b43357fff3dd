package prompts_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

func TestBuiltins(t *testing.T) {
	t.Run("Validate", func(t *testing.T) {
		for _, set := range prompts.Builtins() {
			if err := set.Validate(); err != nil {
				t.Errorf("%s: %v", set.ID, err)
			}
			if set.Name == "" {
				t.Errorf("%s: no name", set.ID)
			}
			for _, p := range set.Prompts {
				if strings.TrimSpace(p.Hint) == "" {
					t.Errorf("%s/%s: no hint", set.ID, p.ID)
				}
			}
		}
	})
	t.Run("Constructors", func(t *testing.T) {
		for id, set := range map[string]prompts.Set{
			prompts.SetAfterInterview: prompts.AfterInterview(),
			prompts.SetAfterDecision:  prompts.AfterDecision(),
			prompts.SetWeekly:         prompts.Weekly(),
		} {
			if set.ID != id || len(set.Prompts) == 0 {
				t.Errorf("%s: got id %q with %d prompts", id, set.ID, len(set.Prompts))
			}
			if b, ok := prompts.Builtin(id); !ok || !reflect.DeepEqual(b, set) {
				t.Errorf("Builtin(%q) differs from its constructor", id)
			}
		}
		if _, ok := prompts.Builtin("monthly"); ok {
			t.Error("Builtin found a set that does not exist")
		}
	})
	t.Run("FreshCopies", func(t *testing.T) {
		a := prompts.AfterDecision()
		i := indexOf(a, "right_fit")
		a.Prompts[i].Options[0] = "changed"
		a.Prompts[0].Title = "changed"
		b := prompts.AfterDecision()
		if b.Prompts[i].Options[0] == "changed" || b.Prompts[0].Title == "changed" {
			t.Error("changing a returned set changed the built-in")
		}
	})
}

// TestAfterInterviewCoversEveryField reads the field names off the
// Interview type itself, so a field added to the journal without a prompt
// fails here.
func TestAfterInterviewCoversEveryField(t *testing.T) {
	set := prompts.AfterInterview()
	filled := map[string]journal.FieldKind{}
	for _, p := range set.Prompts {
		if p.Field != "" {
			filled[p.Field] = p.Kind
		}
	}
	typ := reflect.TypeFor[journal.Interview]()
	fields := 0
	for f := range typ.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		want, builtin := journal.FieldKindOf(name)
		if !builtin {
			continue
		}
		fields++
		got, ok := filled[name]
		if !ok {
			t.Errorf("no prompt fills %q", name)
			continue
		}
		if got != want {
			t.Errorf("%q is asked as %s, the field holds %s", name, got, want)
		}
	}
	if fields == 0 {
		t.Fatal("found no built-in fields on journal.Interview")
	}
}

func TestAfterInterviewOrder(t *testing.T) {
	set := prompts.AfterInterview()
	if set.Prompts[0].ID != "company" || set.Prompts[len(set.Prompts)-1].ID != "mood_after" {
		t.Errorf("the set runs from %q to %q", set.Prompts[0].ID, set.Prompts[len(set.Prompts)-1].ID)
	}
	// The mood check comes before any looking back.
	for _, later := range []string{"went_well", "curveballs", "scripted", "lessons"} {
		if indexOf(set, "mood_before") > indexOf(set, later) {
			t.Errorf("mood_before comes after %s", later)
		}
	}
	if d, _ := set.Find("date"); d.Default != prompts.DefaultToday {
		t.Errorf("the date defaults to %q", d.Default)
	}
}

func TestChoices(t *testing.T) {
	stage, _ := prompts.AfterInterview().Find("stage")
	if got, want := stage.Choices(), journal.ChoicesOf("stage"); !reflect.DeepEqual(got, want) {
		t.Errorf("stage offers %v, want %v", got, want)
	}
	fit, _ := prompts.AfterDecision().Find("right_fit")
	if len(fit.Choices()) < 2 {
		t.Errorf("right_fit offers %v", fit.Choices())
	}
}

func indexOf(set prompts.Set, id string) int {
	for i, p := range set.Prompts {
		if p.ID == id {
			return i
		}
	}
	return -1
}

func ids(set prompts.Set) []string {
	out := make([]string, len(set.Prompts))
	for i, p := range set.Prompts {
		out[i] = p.ID
	}
	return out
}
