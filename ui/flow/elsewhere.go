package flow

import (
	"github.com/debrief-journal/debrief/journal"
)

// A draft is open in one debrief at a time (kit.Journal.ClaimDraft), but a
// debrief thought gone may have lost its draft to another, and a draft may
// have been finished or discarded elsewhere. The flow then keeps what was
// typed in it as a separate draft (kit.Journal.KeepDraft) and says so, as
// it types and once the reflection is saved.

// keptNote says, under the prompt, that what is typed goes to a separate
// draft from now on.
func keptNote(kept journal.DraftKept) string {
	if kept == journal.KeptAsCopyGone {
		return "This reflection was saved or discarded in another window meanwhile: what you type here is now kept as a separate draft."
	}
	return "This reflection was opened in another debrief window meanwhile: what you type here is now kept as a separate draft, so neither window writes over the other."
}

// savedElsewhereNote is the status once the reflection is saved, when its
// draft had been taken over or finished elsewhere; "" when it had not.
// copies is set for a flow whose saving adds an entry (a new interview, a
// weekly review), which may now be in the journal twice.
func savedElsewhereNote(kept journal.DraftKept, copies bool) string {
	switch {
	case kept == journal.KeptAsCopyGone && copies:
		return "Saved. This reflection had also been saved from another window: check the list for a second copy."
	case kept == journal.KeptAsCopyGone:
		return "Saved. This reflection had also been saved from another window."
	case kept == journal.KeptAsCopyTaken && copies:
		return "Saved. This reflection is still open as a draft in another debrief window: finishing it there too would save a second copy."
	case kept == journal.KeptAsCopyTaken:
		return "Saved. This reflection is still open as a draft in another debrief window."
	}
	return ""
}

// elsewhereNote is savedElsewhereNote for this flow's draft.
func (m *Model) elsewhereNote() string {
	copies := !m.editing() && m.draft.Kind != journal.DraftFeedback
	return savedElsewhereNote(m.elsewhere, copies)
}
