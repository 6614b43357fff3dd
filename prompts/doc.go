// Package prompts holds the guided prompt sets of debrief (after the
// interview, after the decision, the weekly review) as embedded TOML files,
// and applies the user's own prompts file on top of them.
//
// The user's file, usually $XDG_CONFIG_HOME/debrief/prompts.toml, is a list
// of [[prompt]] tables. Each table names a prompt by id and belongs to the
// after_interview set unless it says set = "after_decision" or
// set = "weekly":
//
//	# Change the hint of a built-in prompt.
//	[[prompt]]
//	id = "proud_of"
//	hint = "Even a small win counts."
//
//	# Add a prompt of your own after the "fit" prompt.
//	[[prompt]]
//	id = "salary"
//	kind = "short"
//	title = "Did salary come up?"
//	after = "fit"
//
//	# Drop a prompt you never answer.
//	[[prompt]]
//	id = "nerves"
//	remove = true
//
// An id the set already has changes only the settings given; a new id adds
// a prompt, which needs a title and a kind (or a built-in field, whose kind
// it takes). A new prompt without after or before goes just before the last
// prompt of the set, so the set still ends the way it was built to end.
// FORMAT.md in this directory lists every setting.
//
// A broken file is reported as a *journal.Error with code EInvalid whose
// message names the file, the line and what is wrong.
package prompts
