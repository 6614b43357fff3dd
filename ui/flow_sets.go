package ui

import (
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"
)

// setFor returns the prompts of the guided flow a kind of draft belongs to,
// with the user's own prompts for it. Each flow with its own set adds its
// case here.
func setFor(sh *kit.Context, kind journal.DraftKind) prompts.Set {
	switch kind {
	case journal.DraftFeedback:
		return decisionSet(withUserPrompts(sh, prompts.AfterDecision()))
	case journal.DraftReview:
		return withUserPrompts(sh, prompts.Weekly())
	}
	return sh.Set
}

// withUserPrompts applies the user's prompts file to a built-in set. The
// file was checked for every set when the app started, so it cannot fail
// here; if it somehow does, the built-in set is used as it is.
func withUserPrompts(sh *kit.Context, set prompts.Set) prompts.Set {
	if out, err := sh.UserSets.Apply(set); err == nil {
		return out
	}
	return set
}
