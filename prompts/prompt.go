package prompts

import (
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// The ids of the built-in sets.
const (
	SetAfterInterview = "after_interview" // the reflection right after an interview
	SetAfterDecision  = "after_decision"  // the reflection once the company has answered
	SetWeekly         = "weekly"          // the weekly review
)

// Limits on a prompts file, so a runaway or hostile file is refused with a
// clear message instead of stalling the app.
const (
	MaxFileBytes = 1 << 20 // size of the user's prompts file
	MaxPrompts   = 10000   // prompts in a file, and in a set
)

// DefaultToday is the Default of a date prompt that stands for the day the
// answer is given.
const DefaultToday = "today"

// Prompt is one question of a guided flow.
type Prompt struct {
	ID    string            // stable id, such as "went_well"
	Kind  journal.FieldKind // the shape of the answer
	Title string            // short title shown big
	Hint  string            // one-line hint shown under the title
	// Field is the built-in journal.Interview field the answer fills (see
	// journal.FieldKindOf); "" keeps the answer as a custom answer under ID.
	Field string
	// Options are the choices of a choice prompt; a built-in choice field
	// takes journal.ChoicesOf(Field) when they are empty.
	Options []string
	// Default is the answer offered before the user types, such as
	// DefaultToday for a date.
	Default string
	// Low and High label the ends of a rating, such as "drained" and "great".
	Low, High string
}

// Choices returns the options a choice prompt offers: its own Options, or
// the values of its built-in field when it has none.
func (p Prompt) Choices() []string {
	if len(p.Options) > 0 {
		return slices.Clone(p.Options)
	}
	return journal.ChoicesOf(p.Field)
}

// Set is an ordered list of prompts that makes up one guided flow.
type Set struct {
	ID      string // SetAfterInterview, SetAfterDecision, SetWeekly or the caller's own
	Name    string // name shown to the user, such as "After the interview"
	Prompts []Prompt
}

// Find returns the prompt with the given id and whether the set has it.
func (s Set) Find(id string) (Prompt, bool) {
	i := s.index(id)
	if i < 0 {
		return Prompt{}, false
	}
	return s.Prompts[i], true
}

func (s Set) index(id string) int {
	return slices.IndexFunc(s.Prompts, func(p Prompt) bool { return p.ID == id })
}

// clone returns a copy of the set that shares no slices with s, so applying
// a file never changes the caller's set.
func (s Set) clone() Set {
	out := s
	out.Prompts = make([]Prompt, len(s.Prompts))
	for i, p := range s.Prompts {
		p.Options = slices.Clone(p.Options)
		out.Prompts[i] = p
	}
	return out
}
