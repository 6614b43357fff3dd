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

// AsideVersions splits a follow-up's Aside into the versions kept aside
// one after another (see KeepFollowUpAside), the first kept first.
func AsideVersions(aside string) []string {
	if aside == "" {
		return nil
	}
	return strings.Split(aside, asideBetween)
}

// joinAside is AsideVersions undone.
func joinAside(versions []string) string { return strings.Join(versions, asideBetween) }

// KeepFollowUpAside keeps text aside as the caller's version of a
// follow-up's message, as SetFollowUpAside does, but never over a version
// someone else kept aside: mine is the caller's version as it last kept
// it ("" until it kept one). That version, wherever it stands among the
// versions kept aside, becomes text; without it (none yet, or dropped
// meanwhile) text is kept after the others.
func (iv *Interview) KeepFollowUpAside(id, text, mine string) error {
	var versions []string
	if old := findFollowUpRecord(iv.FollowUps, id); old != nil {
		versions = AsideVersions(old.Aside)
	}
	text = normalizeMessage(text)
	if i := slices.Index(versions, normalizeMessage(mine)); mine != "" && i >= 0 {
		versions[i] = text
	} else if text != "" {
		versions = append(versions, text)
	}
	return iv.SetFollowUpAside(id, joinAside(slices.DeleteFunc(versions, func(v string) bool { return v == "" })))
}

// DropFollowUpAside drops want from what a follow-up keeps aside: all of
// it when it is still exactly want (compared as SetFollowUpAside keeps
// it), or else the one version kept aside that is want, so that a version
// kept meanwhile by another debrief is not thrown away unseen. It reports
// whether it dropped anything; a follow-up with nothing aside reports
// false.
func (iv *Interview) DropFollowUpAside(id, want string) (bool, error) {
	old := findFollowUpRecord(iv.FollowUps, id)
	want = normalizeMessage(want)
	if old == nil || old.Aside == "" || want == "" {
		return false, nil
	}
	if old.Aside == want {
		return true, iv.SetFollowUpAside(id, "")
	}
	versions := AsideVersions(old.Aside)
	i := slices.Index(versions, want)
	if i < 0 {
		return false, nil
	}
	return true, iv.SetFollowUpAside(id, joinAside(slices.Delete(versions, i, i+1)))
}
