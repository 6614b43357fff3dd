package journal

// FollowUpKind names one of the actions advised after an interview.
type FollowUpKind string

// FollowUpStatus is where a planned follow-up stands.
type FollowUpStatus string

// The follow-up statuses. A planned follow-up with no record is open.
const (
	FollowUpOpen    FollowUpStatus = "open"
	FollowUpDone    FollowUpStatus = "done"
	FollowUpSnoozed FollowUpStatus = "snoozed"
	FollowUpSkipped FollowUpStatus = "skipped"
)

// FollowUp is a follow-up of an interview and what the user did about it.
// The rules plan follow-ups; the interview keeps the ones the user acted on.
type FollowUp struct {
	ID           string         `json:"id"`
	Kind         FollowUpKind   `json:"kind"`
	Due          Date           `json:"due,omitzero"`
	Status       FollowUpStatus `json:"status"`
	DoneAt       Date           `json:"done_at,omitzero"`
	SnoozedUntil Date           `json:"snoozed_until,omitzero"`
	Note         string         `json:"note,omitempty"`
	// Message is the user's own edit of the follow-up's drafted message,
	// kept until they reset it; "" means the draft is used as written.
	Message string `json:"message,omitempty"`
	// Aside is the user's own version of the message, kept when another
	// debrief changed the message while they typed, so that neither
	// version is written over; "" when there is none (see
	// Interview.SetFollowUpAside).
	Aside string `json:"message_aside,omitempty"`
}

// Edited reports whether the user has edited the follow-up's message.
func (f FollowUp) Edited() bool { return f.Message != "" }

// HasAside reports whether the follow-up keeps a version of its message
// aside (see Aside).
func (f FollowUp) HasAside() bool { return f.Aside != "" }

// Validate checks a follow-up record against what marking a follow-up can
// store: a known kind and an ID, one of the statuses (an open one is kept
// for its edited message or its version kept aside), the day it was done
// for a done one and the day it is snoozed until for a snoozed one, days
// in range and a note that is text. A broken rule is an *Error whose cause
// is a *FieldError with the field's path.
func (f FollowUp) Validate() error {
	var c fieldCheck
	switch {
	case f.ID == "":
		c.fail("id", "the id is missing")
	case f.Kind == "":
		c.fail("kind", "the kind is missing")
	case !f.Kind.Valid():
		c.fail("kind", "%q is not a follow-up debrief knows; use one of %s", f.Kind, JoinEnum(FollowUpKinds()))
	}
	c.text("id", f.ID, MaxTextBytes)
	switch f.Status {
	case FollowUpOpen, FollowUpSkipped:
	case FollowUpDone:
		if f.DoneAt.IsZero() {
			c.fail("done_at", "a done follow-up needs the day it was done")
		}
	case FollowUpSnoozed:
		if f.SnoozedUntil.IsZero() {
			c.fail("snoozed_until", "a snoozed follow-up needs the day it is snoozed until")
		}
	default:
		c.fail("status", "%q is not one of open, done, snoozed, skipped", f.Status)
	}
	c.date("due", f.Due)
	c.date("done_at", f.DoneAt)
	c.date("snoozed_until", f.SnoozedUntil)
	c.text("note", f.Note, MaxTextBytes)
	c.text("message", f.Message, MaxTextBytes)
	c.text("message_aside", f.Aside, MaxTextBytes)
	return c.err
}
