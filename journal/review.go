package journal

import "time"

// Practised is the answer to "did you practise last week's focus?".
type Practised string

// The answers to "did you practise it?".
const (
	PractisedYes    Practised = "yes"
	PractisedPartly Practised = "partly"
	PractisedNo     Practised = "no"
)

// Valid reports whether p is empty or one of the three answers.
func (p Practised) Valid() bool {
	return p == "" || p == PractisedYes || p == PractisedPartly || p == PractisedNo
}

// Review is one weekly review session.
type Review struct {
	ID     uint64 `json:"id"`
	WeekOf Date   `json:"week_of"`
	// Answers holds the answers to the weekly prompts, by prompt id.
	Answers           []Answer  `json:"answers,omitempty"`
	Focus             string    `json:"focus,omitempty"`
	PreviousFocus     string    `json:"previous_focus,omitempty"`
	PreviousFocusDone Practised `json:"previous_focus_done,omitempty"`
	PreviousFocusNote string    `json:"previous_focus_note,omitempty"`
	CreatedAt         time.Time `json:"created_at"`
}

// Validate checks the review against the rules of the domain.
func (r *Review) Validate() error {
	if r.WeekOf.IsZero() {
		return Errorf(EInvalid, "week_of: the week is missing")
	}
	if !r.PreviousFocusDone.Valid() {
		return Errorf(EInvalid, "previous_focus_done: %q is not yes, partly or no", r.PreviousFocusDone)
	}
	for i, a := range r.Answers {
		if a.Prompt == "" {
			return Errorf(EInvalid, "answers[%d]: the prompt id is missing", i)
		}
		if len(a.Value) > MaxTextBytes {
			return Errorf(EInvalid, "answers[%d]: longer than %d bytes", i, MaxTextBytes)
		}
	}
	return nil
}
