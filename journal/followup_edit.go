package journal

import (
	"slices"
	"strings"
)

// SetFollowUpMessage keeps the user's own edit of a follow-up's message with
// the follow-up, whatever its status, so it survives leaving the screen and
// restarting. Text that is blank, or the same as the draft it was edited
// from (pass that as drafted), resets the follow-up to its draft. The text is
// kept as typed, apart from line endings made "\n" and blank space removed
// from its ends. A bad ID or oversized text is an *Error with code EInvalid
// and changes nothing.
func (iv *Interview) SetFollowUpMessage(id, text, drafted string) error {
	kind, _, err := ParseFollowUpID(id)
	if err != nil {
		return err
	}
	text = normalizeMessage(text)
	if len(text) > MaxTextBytes {
		return Errorf(EInvalid, "the message is longer than %d bytes", MaxTextBytes)
	}
	if text == normalizeMessage(drafted) {
		text = ""
	}
	old := findFollowUpRecord(iv.FollowUps, id)
	switch {
	case old != nil && text == "" && old.Status == FollowUpOpen && !old.HasAside():
		iv.FollowUps = slices.DeleteFunc(iv.FollowUps, func(r FollowUp) bool { return r.ID == id })
	case old != nil:
		old.Message = text
	case text != "":
		iv.FollowUps = append(iv.FollowUps, FollowUp{
			ID: id, Kind: kind, Status: FollowUpOpen, Due: ruleDue(iv, id, Date{}), Message: text,
		})
	}
	return nil
}

// ResetFollowUpMessage drops the user's edit of a follow-up's message, so
// the draft is written afresh from the interview.
func (iv *Interview) ResetFollowUpMessage(id string) error {
	return iv.SetFollowUpMessage(id, "", "")
}

// FollowUpText returns the message to show for a follow-up: the user's edit
// when there is one, or else the draft filled from mc with tmpl (see
// DraftMessageFor). The second result reports whether it is the user's edit.
func FollowUpText(mc MessageContext, f FollowUp, tmpl string) (string, bool, error) {
	if f.Edited() {
		return f.Message, true, nil
	}
	text, err := DraftMessageFor(mc, f, tmpl)
	return text, false, err
}

func normalizeMessage(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Trim(s, " \t\n")
}
