package prompts_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// TestParseErrors checks that each kind of broken file is refused with a
// message that names the file, the line at fault and the problem.
func TestParseErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		file  string
		where string // "line N" or "line N, column M"
		want  string
	}{
		"Syntax": {"[[prompt]]\nid = \"salary\ntitle = \"x\"\n", "line 2, column", "not valid TOML"},
		"UnknownKey": {`[[prompt]]
id = "salary"
kind = "short"
colour = "blue"
title = "Salary"
`, "line 4", `unknown setting "colour"`},
		"UnknownTopLevelKey": {`
# my prompts
theme = "dark"
[[prompt]]
id = "nerves"
remove = true
`, "line 3", `unknown setting "theme"`},
		"UnknownKind": {`[[prompt]]
id = "salary"
title = "Salary"
kind = "bool"
`, "line 4", `the kind "bool" is not one of`},
		"MissingTitle": {`
[[prompt]]
id = "salary"
kind = "short"
`, "line 2", "needs a title"},
		"MissingKind": {`
[[prompt]]
id = "salary"
title = "Salary"
`, "line 2", "needs a kind"},
		"MissingID": {`
[[prompt]]
kind = "short"
title = "Salary"
`, "line 2", "id is missing"},
		"DuplicateID": {`[[prompt]]
id = "proud_of"
hint = "One."

[[prompt]]
id = "proud_of"
hint = "Two."
`, "line 6", "already set on line 1"},
		"FieldKindMismatch": {`[[prompt]]
id = "calm"
title = "How calm were you?"
kind = "long"
field = "nerves"
`, "line 4", `field "nerves" holds a rating answer`},
		"UnknownField": {`[[prompt]]
id = "salary"
title = "Salary"
field = "salary_offer"
`, "line 4", "not a built-in field"},
		"RawControlCharacter": {"[[prompt]]\nid = \"proud_of\"\nhint = \"a\x1b[2Jb\"\n", "line 3, column 10", "control character U+001B"},
		"EscapedControlCharacter": {`[[prompt]]
id = "proud_of"
hint = "a\u0007b"
`, "line 3", "control character U+0007"},
		"NewlineInTitle": {`[[prompt]]
id = "salary"
kind = "short"
title = """Salary
talk"""
`, "line 4", "one line"},
		"InvalidUTF8": {"[[prompt]]\nid = \"proud_of\"\nhint = \"caf\xe9\"\n", "line 3, column 12", "not valid UTF-8"},
		"WrongType": {`[[prompt]]
id = "salary"
kind = "short"
title = 42
`, "line 4", "title must be text"},
		"OptionsNotAList": {`[[prompt]]
id = "mode"
kind = "choice"
title = "Mode"
options = "remote"
`, "line 5", "must be a list"},
		"ChoiceWithoutOptions": {`[[prompt]]
id = "mode"
kind = "choice"
title = "Mode"
`, "line 1", "at least 2 options"},
		"UnknownSet": {`[[prompt]]
set = "monthly"
id = "wins"
`, "line 2", `there is no set "monthly"`},
		"AfterUnknown": {`[[prompt]]
id = "salary"
kind = "short"
title = "Salary"
after = "fitt"
`, "line 5", `no prompt "fitt"`},
		"AfterRemoved": {`[[prompt]]
id = "fit"
remove = true

[[prompt]]
id = "salary"
kind = "short"
title = "Salary"
after = "fit"
`, "line 9", "removed by this file"},
		"AfterAndBefore": {`[[prompt]]
id = "salary"
kind = "short"
title = "Salary"
after = "fit"
before = "fit"
`, "line 6", "not both"},
		"Circle": {`[[prompt]]
id = "a"
kind = "short"
title = "A"
after = "b"

[[prompt]]
id = "b"
kind = "short"
title = "B"
after = "a"
`, "line 5", "circle"},
		"RemoveUnknown": {`

[[prompt]]
id = "nervez"
remove = true
`, "line 4", `no prompt "nervez" to remove`},
		"RemoveWithSettings": {`[[prompt]]
id = "nerves"
remove = true
title = "Nerves"
`, "line 3", "cannot be combined"},
		"InlineArray": {`
prompt = [{ id = "nerves", remove = true }]
`, "line 2", "[[prompt]] table"},
		"FieldOutsideInterview": {`[[prompt]]
set = "weekly"
id = "weekly_fit"
kind = "long"
title = "Fit"
field = "fit"
`, "line 6", "only prompts of the after_interview set"},
		"FieldFilledTwice": {`[[prompt]]
id = "calm"
kind = "rating"
title = "Calm"
field = "nerves"
`, "line 5", `"nerves" already fills the field "nerves"`},
		"BadDefault": {`[[prompt]]
id = "date"
default = "yesterday"
`, "line 3", "default of a date prompt"},
		"DeepNesting":   {"[[prompt]]\nid = \"x\"\nextra = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n", "line 3", "nested more than"},
		"LongDottedKey": {"\n" + strings.Repeat("a.", 20) + "a = 1\n", "line 2", "dotted parts"},
		"ErrorInAnotherSet": {`[[prompt]]
set = "weekly"
id = "week_hard"
kind = "people"
`, "line 4", "interviewers"},
		"FirstProblemWins": {`[[prompt]]
set = "weekly"
id = "nothing_here"
remove = true

[[prompt]]
id = "also_nothing"
remove = true
`, "line 3", `weekly set has no prompt "nothing_here"`},
		"SyntaxBeforeUnknownKey": {`[[prompt]]
id = "salary
colour = "blue"
`, "line 2, column", "not valid TOML"},
		"UnknownKeyBeforeSyntax": {`[[prompt]]
id = "salary"
colour = "blue"

[[prompt]]
id = "broken
`, "line 3", `prompt "salary": unknown setting "colour"`},
		"SyntaxBeforeInlineTable": {`[[prompt]]
id = = "x"

[[prompt]]
id = "y"
title = { text = "Y" }
`, "line 2, column", "not valid TOML"},
		"LineAfterMultilineString": {"[[prompt]]\nid = \"proud_of\"\nhint = \"\"\"\nA hint written\nover [[several]] lines.\n\"\"\"\ntitle = '''\nstill a string, with \"quotes\" = and # signs\n'''\ncolour = \"blue\"\n", "line 10", `unknown setting "colour"`},
		"KeyInSubtable": {`[[prompt]]
id = "salary"
kind = "short"
title = "Salary"

[prompt.extra]
x = 1
`, "line 6", `unknown setting "extra"`},
	} {
		t.Run(name, func(t *testing.T) {
			base := prompts.AfterInterview()
			out, err := prompts.Parse(base, "prompts.toml", []byte(tc.file))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if code := journal.ErrorCode(err); code != journal.EInvalid {
				t.Errorf("code %s, want %s", code, journal.EInvalid)
			}
			msg := journal.ErrorMessage(err)
			if !strings.HasPrefix(msg, "prompts.toml, "+tc.where) {
				t.Errorf("got %q, want it to start with %q", msg, "prompts.toml, "+tc.where)
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("got %q, want it to contain %q", msg, tc.want)
			}
			if !reflect.DeepEqual(out, base) {
				t.Error("a broken file did not return the set unchanged")
			}
		})
	}
}

func TestParseRefusesTooManyPrompts(t *testing.T) {
	var b strings.Builder
	for i := range prompts.MaxPrompts + 1 {
		fmt.Fprintf(&b, "[[prompt]]\nid = \"p%d\"\n", i)
	}
	_, err := prompts.Parse(prompts.AfterInterview(), "prompts.toml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at most %d", prompts.MaxPrompts)) {
		t.Fatalf("got %v", err)
	}
}

func TestParseRefusesLargeData(t *testing.T) {
	data := []byte("# " + strings.Repeat("x", prompts.MaxFileBytes) + "\n")
	_, err := prompts.Parse(prompts.AfterInterview(), "prompts.toml", data)
	if err == nil || !strings.Contains(err.Error(), "at most 1.0 MiB") {
		t.Fatalf("got %v", err)
	}
}
