package ui

import (
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"
)

// withUserPrompts applies the user's prompts file to a built-in set. The
// file was checked for every set when the app started, so it cannot fail
// here; if it somehow does, the built-in set is used as it is.
func withUserPrompts(sh *kit.Context, set prompts.Set) prompts.Set {
	if out, err := sh.UserSets.Apply(set); err == nil {
		return out
	}
	return set
}
