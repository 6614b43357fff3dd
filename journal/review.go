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

// Validate checks the review against the rules of the domain and returns
// an *Error naming the first field that breaks one; its cause is a
// *FieldError with the field's path.
func (r *Review) Validate() error {
	var c fieldCheck
	if r.WeekOf.IsZero() {
		c.fail("week_of", "the week is missing")
	}
	c.date("week_of", r.WeekOf)
	c.nestedAnswers("answers", r.Answers)
	c.text("focus", r.Focus, MaxTextBytes)
	c.text("previous_focus", r.PreviousFocus, MaxTextBytes)
	if !r.PreviousFocusDone.Valid() {
		c.fail("previous_focus_done", "%q is not yes, partly or no", r.PreviousFocusDone)
	}
	c.text("previous_focus_note", r.PreviousFocusNote, MaxTextBytes)
	c.time("created_at", r.CreatedAt)
	return c.err
}
