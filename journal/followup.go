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
}

// Validate checks a follow-up record.
func (f FollowUp) Validate() error {
	switch f.Status {
	case FollowUpOpen, FollowUpDone, FollowUpSnoozed, FollowUpSkipped:
	default:
		return Errorf(EInvalid, "status %q is not one of open, done, snoozed, skipped", f.Status)
	}
	if f.Kind == "" {
		return Errorf(EInvalid, "the kind is missing")
	}
	return nil
}
