package ui

import (
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// setFor returns the prompts of the guided flow a kind of draft belongs to,
// with the user's own prompts for it. Each flow with its own set adds its
// case here.
func setFor(sh *shared, kind journal.DraftKind) prompts.Set {
	switch kind {
	case journal.DraftFeedback:
		return decisionSet(withUserPrompts(sh, prompts.AfterDecision()))
	case journal.DraftReview:
		return withUserPrompts(sh, prompts.Weekly())
	}
	return sh.set
}

// withUserPrompts applies the user's prompts file to a built-in set. The
// file was checked for every set when the app started, so it cannot fail
// here; if it somehow does, the built-in set is used as it is.
func withUserPrompts(sh *shared, set prompts.Set) prompts.Set {
	if out, err := sh.userSets.Apply(set); err == nil {
		return out
	}
	return set
}
