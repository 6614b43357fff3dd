package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// filterKeys are the keys of a filter's key:value tokens, with what each
// narrows by, in the order the list's help gives them.
var filterKeys = []struct{ key, about string }{
	{query.KeyCompany, "the company contains this"},
	{query.KeyStage, "the stage starts with this"},
	{query.KeyOutcome, "the outcome starts with this"},
	{query.KeyTag, "a tag starts with this"},
	{query.KeySince, "on or after a year, month or day"},
	{query.KeyUntil, "on or before a year, month or day"},
}

// addFilterCompletions completes the values of the filter flags of the
// command named name (see filterFlags).
func addFilterCompletions(root *cobra.Command, env Env, name string) {
	cmd, _, err := root.Find([]string{name})
	if err != nil || cmd == root {
		return
	}
	for _, key := range []string{query.KeyStage, query.KeyOutcome, query.KeyTag, query.KeyCompany} {
		_ = cmd.RegisterFlagCompletionFunc(key, func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			return filterValues(cmd, env, key, toComplete), noFiles
		})
	}
	_ = cmd.RegisterFlagCompletionFunc("search", func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return searchTokens(cmd, env, toComplete)
	})
}

// filterValues offers the values of one filter key that start with what is
// typed. Stages, outcomes and tags take alternatives separated by commas,
// so only the part after the last comma is completed.
func filterValues(cmd *cobra.Command, env Env, key, toComplete string) []string {
	head := ""
	if key != query.KeyCompany {
		if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
			head, toComplete = toComplete[:i+1], toComplete[i+1:]
		}
	}
	var out []string
	add := func(value, about string) {
		if hasPrefixFold(value, toComplete) && len(out) < maxCandidates {
			out = append(out, candidate(head+value, about))
		}
	}
	switch key {
	case query.KeyStage:
		for _, s := range journal.Stages {
			add(string(s), s.Label())
		}
	case query.KeyOutcome:
		for _, s := range journal.Statuses {
			add(string(s), s.Label())
		}
	case query.KeyTag:
		for _, t := range journalValues(cmd, env, func(sm *journal.Summary) []string { return sm.Tags }) {
			add(t, "")
		}
	case query.KeyCompany:
		for _, c := range journalValues(cmd, env, func(sm *journal.Summary) []string { return []string{sm.Company} }) {
			add(c, "")
		}
	}
	return out
}

// searchTokens completes the last word of --search: a key of a key:value
// token, or the value after one, as the list's filter reads them.
func searchTokens(cmd *cobra.Command, env Env, toComplete string) ([]string, cobra.ShellCompDirective) {
	head, word := "", toComplete
	if i := strings.LastIndexAny(toComplete, " \t"); i >= 0 {
		head, word = toComplete[:i+1], toComplete[i+1:]
	}
	key, value, typedKey := strings.Cut(word, ":")
	if !typedKey {
		var out []string
		for _, k := range filterKeys {
			if hasPrefixFold(k.key, word) {
				out = append(out, candidate(head+k.key+":", k.about))
			}
		}
		// A key needs its value right after the colon.
		return out, noFiles | cobra.ShellCompDirectiveNoSpace
	}
	key = strings.ToLower(key)
	var out []string
	for _, v := range filterValues(cmd, env, key, value) {
		v, about, _ := strings.Cut(v, "\t")
		token := key + ":" + v
		if key == query.KeyCompany {
			token = query.Token(key, v)
		}
		out = append(out, candidate(head+token, about))
	}
	return out, noFiles
}
