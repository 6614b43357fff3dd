package journal

import "slices"

// SetFollowUpAside keeps text as the user's version of a follow-up's
// message set aside (FollowUp.Aside), whatever its status, without
// touching the message itself: another debrief changed the message while
// the user typed, and neither version is written over. Blank text drops
// the version kept aside. The text is kept as typed, apart from line
// endings made "\n" and blank space removed from its ends. A bad ID or
// oversized text is an *Error with code EInvalid and changes nothing.
func (iv *Interview) SetFollowUpAside(id, text string) error {
	kind, _, err := ParseFollowUpID(id)
	if err != nil {
		return err
	}
	text = normalizeMessage(text)
	if len(text) > MaxTextBytes {
		return Errorf(EInvalid, "the version of the message kept aside is longer than %d bytes", MaxTextBytes)
	}
	old := findFollowUpRecord(iv.FollowUps, id)
	switch {
	case old != nil && text == "" && old.Status == FollowUpOpen && !old.Edited():
		// The record was kept for the aside alone.
		iv.FollowUps = slices.DeleteFunc(iv.FollowUps, func(r FollowUp) bool { return r.ID == id })
	case old != nil:
		old.Aside = text
	case text != "":
		iv.FollowUps = append(iv.FollowUps, FollowUp{
			ID: id, Kind: kind, Status: FollowUpOpen, Due: ruleDue(iv, id, Date{}), Aside: text,
		})
	}
	return nil
}

// DropFollowUpAside drops the version of a follow-up's message kept
// aside, but only when it is still want (compared as SetFollowUpAside
// keeps it), so that a version kept meanwhile by another debrief is not
// thrown away unseen. It reports whether it dropped it; a follow-up with
// nothing aside reports false.
func (iv *Interview) DropFollowUpAside(id, want string) (bool, error) {
	old := findFollowUpRecord(iv.FollowUps, id)
	if old == nil || old.Aside == "" || old.Aside != normalizeMessage(want) {
		return false, nil
	}
	return true, iv.SetFollowUpAside(id, "")
}
