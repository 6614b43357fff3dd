package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// Shell completion goes past command and flag names: interview numbers
// (described by their company), outcome statuses, follow-up references and
// filter values. What comes from the journal is read read-only, creating
// nothing, and on any trouble nothing is offered and nothing is said.

// completeArgs is how one command's arguments are completed: args are the
// arguments already given, toComplete the word being typed.
type completeArgs = func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective)

// noFiles completes with nothing (and never with file names).
const noFiles = cobra.ShellCompDirectiveNoFileComp

// addCompletions sets the completion of every command's arguments and of
// the flags whose values are known.
func addCompletions(root *cobra.Command, env Env) {
	ids := func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return interviewCandidates(cmd, env, toComplete, args)
	}
	first := func(fn completeArgs) completeArgs {
		return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, noFiles
			}
			return fn(cmd, args, toComplete)
		}
	}
	setArgs(root, ids, "show")
	setArgs(root, first(ids), "feedback")
	setArgs(root, func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		switch len(args) {
		case 0:
			return interviewCandidates(cmd, env, toComplete, nil)
		case 1:
			return statusCandidates(toComplete), noFiles
		}
		return nil, noFiles
	}, "outcome")
	open := first(func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return followUpCandidates(cmd, env, toComplete, true)
	})
	for _, name := range []string{"done", "draft", "snooze", "skip"} {
		setArgs(root, open, "followups", name)
	}
	setArgs(root, first(func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return followUpCandidates(cmd, env, toComplete, false)
	}), "followups", "reopen")
	for _, name := range []string{"list", "show"} {
		addFilterCompletions(root, env, name)
	}
	_ = root.RegisterFlagCompletionFunc("theme", fixedValues(themeNames))
}

// setArgs sets the completion of the arguments of the command at path.
func setArgs(root *cobra.Command, fn completeArgs, path ...string) {
	if cmd, _, err := root.Find(path); err == nil && cmd != root {
		cmd.ValidArgsFunction = fn
	}
}

// completing reports whether cmd is cobra's hidden command that answers the
// shell's completion requests.
func completing(cmd *cobra.Command) bool {
	n := cmd.Name()
	return n == cobra.ShellCompRequestCmd || n == cobra.ShellCompNoDescRequestCmd
}

// fixedValues completes a flag with one of a few known values.
func fixedValues(values []string) completeArgs {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return withPrefix(values, toComplete), noFiles
	}
}

// withPrefix keeps the values that start with prefix, ignoring case.
func withPrefix(values []string, prefix string) []string {
	var out []string
	for _, v := range values {
		if hasPrefixFold(v, prefix) {
			out = append(out, v)
		}
	}
	return out
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// statusCandidates are the outcome statuses, described as a person says
// them.
func statusCandidates(toComplete string) []string {
	var out []string
	for _, s := range journal.Statuses {
		if hasPrefixFold(string(s), toComplete) {
			out = append(out, candidate(string(s), s.Label()))
		}
	}
	return out
}

// candidate writes a completion with its description, which the shell shows
// beside it. The description is made a safe single line: it can hold text
// from the journal, and a tab or line break would end it early.
func candidate(value, description string) string {
	if description == "" || description == value {
		return value
	}
	return value + "\t" + safetext.Line(description)
}
