package journal

import (
	"slices"
	"strings"
)

// asideBetween separates versions of a message kept aside one after
// another (see KeepFollowUpAside).
const asideBetween = "\n\n--- and another version, kept aside after it ---\n\n"

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

// KeepFollowUpAside keeps text aside as SetFollowUpAside does, but never
// over a version someone else kept aside. before and mine are what the
// caller kept last: the versions it found kept ahead of its own (this
// function's last answer, "" at first) and its own text ("" until it
// kept one). A version stored that is not before followed by mine was
// kept, or changed, by another debrief meanwhile: it stays, and text is
// kept after it. It returns the versions now kept ahead of text.
func (iv *Interview) KeepFollowUpAside(id, text, before, mine string) (string, error) {
	stored := ""
	if old := findFollowUpRecord(iv.FollowUps, id); old != nil {
		stored = old.Aside
	}
	switch {
	case stored == "":
		before = ""
	case mine == "" || stored != normalizeMessage(before+mine):
		before = stored + asideBetween
	}
	return before, iv.SetFollowUpAside(id, before+text)
}

// DropFollowUpAside drops want, the caller's version of a follow-up's
// message kept aside after before (see KeepFollowUpAside), and keeps
// before's versions, but only when what is stored is still exactly
// those, so that a version kept meanwhile by another debrief is not
// thrown away unseen. It reports whether it dropped want; a follow-up
// with nothing aside reports false.
func (iv *Interview) DropFollowUpAside(id, before, want string) (bool, error) {
	old := findFollowUpRecord(iv.FollowUps, id)
	if old == nil || old.Aside == "" || old.Aside != normalizeMessage(before+want) {
		return false, nil
	}
	return true, iv.SetFollowUpAside(id, strings.TrimSuffix(before, asideBetween))
}
