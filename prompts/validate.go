package prompts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
)

// Lengths that keep a prompt drawable on a small terminal.
const (
	maxIDLen     = 64
	maxTitleLen  = 200
	maxTextLen   = 500 // hint, default, options
	maxLabelLen  = 60  // low and high
	maxOptions   = 50
	minOptions   = 2
	ratingLowest = 1
	ratingTop    = 5
)

// fault is a rule broken by one prompt. attr names the setting at fault so
// that an error about a file can point at the line that wrote it.
type fault struct {
	attr string
	msg  string
}

func faultf(attr, format string, args ...any) *fault {
	return &fault{attr: attr, msg: fmt.Sprintf(format, args...)}
}

// Validate checks that the set can drive a guided flow: ids are present and
// unique, kinds are known, titles are given, a built-in field is filled by at
// most one prompt of a compatible kind, and choice prompts have options. It
// returns an *journal.Error naming the first prompt at fault.
func (s Set) Validate() error {
	if strings.TrimSpace(s.ID) == "" {
		return journal.Errorf(journal.EInvalid, "the prompt set has no id")
	}
	if len(s.Prompts) > MaxPrompts {
		return journal.Errorf(journal.EInvalid, "the %s set has %d prompts; at most %d are allowed", s.ID, len(s.Prompts), MaxPrompts)
	}
	ids := make(map[string]bool, len(s.Prompts))
	fields := make(map[string]string)
	for i, p := range s.Prompts {
		if f := checkPrompt(p); f != nil {
			return journal.Errorf(journal.EInvalid, "%s set, %s: %s", s.ID, describePrompt(p, i), f.msg)
		}
		if ids[p.ID] {
			return journal.Errorf(journal.EInvalid, "%s set: the id %q is used by more than one prompt", s.ID, p.ID)
		}
		ids[p.ID] = true
		if p.Field == "" {
			continue
		}
		if other, taken := fields[p.Field]; taken {
			return journal.Errorf(journal.EInvalid, "%s set: prompts %q and %q both fill the field %q", s.ID, other, p.ID, p.Field)
		}
		fields[p.Field] = p.ID
	}
	return nil
}

func describePrompt(p Prompt, i int) string {
	if p.ID == "" {
		return "prompt " + strconv.Itoa(i+1)
	}
	return fmt.Sprintf("prompt %q", p.ID)
}

// checkPrompt returns the first rule p breaks on its own, or nil.
func checkPrompt(p Prompt) *fault {
	if f := checkID(p.ID); f != nil {
		return f
	}
	if p.Kind == "" {
		return faultf("kind", "the kind is missing; use one of %s", kindList())
	}
	if !p.Kind.Valid() {
		return faultf("kind", "the kind %q is not one of %s", p.Kind, kindList())
	}
	if strings.TrimSpace(p.Title) == "" {
		return faultf("title", "the title is missing")
	}
	for _, t := range []struct {
		attr, text string
		max        int
	}{
		{"title", p.Title, maxTitleLen}, {"hint", p.Hint, maxTextLen},
		{"default", p.Default, maxTextLen}, {"low", p.Low, maxLabelLen}, {"high", p.High, maxLabelLen},
	} {
		if f := checkLine(t.attr, t.text, t.max); f != nil {
			return f
		}
	}
	if f := checkField(p); f != nil {
		return f
	}
	if f := checkOptions(p); f != nil {
		return f
	}
	if f := checkDefault(p); f != nil {
		return f
	}
	if p.Kind != journal.KindRating && (p.Low != "" || p.High != "") {
		return faultf(firstGiven(p.Low, "low", "high"), "low and high only label the ends of a rating prompt")
	}
	return nil
}

func firstGiven(first, firstAttr, otherAttr string) string {
	if first != "" {
		return firstAttr
	}
	return otherAttr
}

// checkID keeps ids usable as storage keys and easy to type in a file.
func checkID(id string) *fault {
	if id == "" {
		return faultf("id", "the id is missing; every prompt needs one, such as id = \"salary\"")
	}
	if len(id) > maxIDLen {
		return faultf("id", "the id is longer than %d characters", maxIDLen)
	}
	for i, r := range id {
		letter := r >= 'a' && r <= 'z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '_')) {
			return faultf("id", "the id %q should use only lowercase letters, digits and underscores, and start with a letter", id)
		}
	}
	return nil
}

// checkLine rejects text that would break a one-line display: newlines,
// control characters (which a terminal may act on) and runaway lengths.
func checkLine(attr, text string, max int) *fault {
	if !utf8.ValidString(text) {
		return faultf(attr, "the %s is not valid UTF-8 text", attr)
	}
	for _, r := range text {
		if r == '\n' || r == '\r' {
			return faultf(attr, "the %s must fit on one line", attr)
		}
		if r != '\t' && unicode.IsControl(r) {
			return faultf(attr, "the %s contains the control character %U", attr, r)
		}
	}
	if n := utf8.RuneCountInString(text); n > max {
		return faultf(attr, "the %s is %d characters long; at most %d fit", attr, n, max)
	}
	return nil
}

func checkField(p Prompt) *fault {
	if p.Field == "" {
		if _, builtin := journal.FieldKindOf(p.ID); builtin {
			return faultf("id", "the id %q is the name of a built-in field; choose another id, or add field = %q to fill that field", p.ID, p.ID)
		}
		// A custom answer is kept as text, which a list of people or of
		// curveballs cannot be.
		switch p.Kind {
		case journal.KindPeople:
			return faultf("kind", "a people prompt must fill the interviewers field (field = \"interviewers\")")
		case journal.KindCurveballs:
			return faultf("kind", "a curveballs prompt must fill the curveballs field (field = \"curveballs\")")
		}
		return nil
	}
	want, ok := journal.FieldKindOf(p.Field)
	if !ok {
		return faultf("field", "%q is not a built-in field; leave field out to keep the answer under the prompt's id", p.Field)
	}
	if !compatible(want, p.Kind) {
		return faultf("kind", "the field %q holds a %s answer, so it cannot be asked as a %s prompt", p.Field, want, p.Kind)
	}
	return nil
}

// compatible reports whether a prompt of kind k can fill a field of kind
// want. Short and long text are stored alike, so either can fill the other.
func compatible(want, k journal.FieldKind) bool {
	isText := func(k journal.FieldKind) bool { return k == journal.KindShort || k == journal.KindLong }
	return want == k || isText(want) && isText(k)
}

func checkOptions(p Prompt) *fault {
	if p.Kind != journal.KindChoice {
		if len(p.Options) > 0 {
			return faultf("options", "options only apply to a choice prompt")
		}
		return nil
	}
	allowed := journal.ChoicesOf(p.Field)
	if len(p.Options) == 0 {
		if len(allowed) > 0 {
			return nil
		}
		return faultf("options", "a choice prompt needs at least %d options", minOptions)
	}
	if len(p.Options) < minOptions {
		return faultf("options", "a choice prompt needs at least %d options", minOptions)
	}
	if len(p.Options) > maxOptions {
		return faultf("options", "a choice prompt can offer at most %d options", maxOptions)
	}
	for i, o := range p.Options {
		if strings.TrimSpace(o) == "" {
			return faultf("options", "option %d is empty", i+1)
		}
		if f := checkLine("options", o, maxTextLen); f != nil {
			return f
		}
		if slices.Contains(p.Options[:i], o) {
			return faultf("options", "the option %q is listed twice", o)
		}
		if len(allowed) > 0 && !slices.Contains(allowed, o) {
			return faultf("options", "the field %q only accepts %s, not %q", p.Field, strings.Join(allowed, ", "), o)
		}
	}
	return nil
}

func checkDefault(p Prompt) *fault {
	if p.Default == "" {
		return nil
	}
	switch p.Kind {
	case journal.KindShort, journal.KindLong:
		return nil
	case journal.KindDate:
		if p.Default == DefaultToday {
			return nil
		}
		if _, err := journal.ParseDate(p.Default); err != nil {
			return faultf("default", "the default of a date prompt is %q or a date like 2026-03-14, not %q", DefaultToday, p.Default)
		}
	case journal.KindRating:
		n, err := strconv.Atoi(p.Default)
		if err != nil || n < ratingLowest || n > ratingTop {
			return faultf("default", "the default of a rating prompt is a number from %d to %d, not %q", ratingLowest, ratingTop, p.Default)
		}
	case journal.KindChoice:
		if !slices.Contains(p.Choices(), p.Default) {
			return faultf("default", "the default %q is not one of the options", p.Default)
		}
	default:
		return faultf("default", "a %s prompt cannot have a default", p.Kind)
	}
	return nil
}

func kindList() string {
	names := make([]string, len(journal.Kinds))
	for i, k := range journal.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
