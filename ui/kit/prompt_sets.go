package kit

import (
	"github.com/debrief-journal/debrief/prompts"
)

// WeeklySet is the weekly review's prompts, with the user's own.
func WeeklySet(sh *Context) prompts.Set { return WithUserPrompts(sh, prompts.Weekly()) }

// WithUserPrompts applies the user's prompts file to a built-in set. The
// file was checked for every set when the app started, so it cannot fail
// here; if it somehow does, the built-in set is used as it is.
func WithUserPrompts(sh *Context, set prompts.Set) prompts.Set {
	if out, err := sh.UserSets.Apply(set); err == nil {
		return out
	}
	return set
}
