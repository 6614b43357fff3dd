package journal

// PlaceDraftSave settles where a save of d by the flow that holds it goes,
// by the rule every journal keeps (see the store's KeepDraft). hold is the
// saving debrief's own hold on d (nil for none); found and stored are the
// draft as stored under d.ID (stored nil when found but unreadable, which
// is written over, as always); heldElsewhere reports whether a stored
// draft is held by another debrief. A draft gone, taken over or changed
// elsewhere is saved as a new one: d.ID becomes 0 for the journal to
// number. d.Holder becomes the hold the draft keeps: none on release, the
// hold that stands, or a new one from newHold.
func PlaceDraftSave(d *Draft, hold *DraftHolder, found bool, stored *Draft, heldElsewhere func(*Draft) bool, release bool, newHold func() *DraftHolder) DraftKept {
	kept := KeptInPlace
	if d.ID != 0 {
		switch {
		case !found:
			kept = KeptAsCopyGone
		case stored == nil:
			// An unreadable draft is written over, as always.
		case hold == nil && heldElsewhere(stored):
			kept = KeptAsCopyTaken
		case hold != nil && !hold.Same(stored.Holder):
			kept = KeptAsCopyTaken
		}
	}
	if kept != KeptInPlace {
		d.ID, hold = 0, nil
	}
	switch {
	case release:
		d.Holder = nil
	case hold == nil:
		d.Holder = newHold()
	default:
		d.Holder = hold
	}
	return kept
}
