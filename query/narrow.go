package query

import (
	"slices"
	"strings"
)

// Narrows reports whether every interview q matches is also matched by
// prev, so a list can filter prev's matches instead of every interview. It
// answers false when unsure; that only costs a full filter.
func (q *Query) Narrows(prev *Query) bool {
	switch {
	case q.none:
		return true
	case prev.none:
		return false
	}
	// A word typed further, or a new word, can only narrow: the fuzzy rule
	// and plain matching both keep matching a word with its end cut off.
	for _, w := range prev.Words {
		if !slices.ContainsFunc(q.Words, func(v string) bool { return strings.HasPrefix(v, w) }) {
			return false
		}
	}
	if len(prev.Companies) > 0 && !allImply(q.Companies, prev.Companies, strings.Contains) {
		return false
	}
	if len(prev.Stages) > 0 && (len(q.Stages) == 0 || !subset(q.Stages, prev.Stages)) {
		return false
	}
	if len(prev.Outcomes) > 0 && (len(q.Outcomes) == 0 || !subset(q.Outcomes, prev.Outcomes)) {
		return false
	}
	for _, g := range prev.TagGroups {
		if !slices.ContainsFunc(q.TagGroups, func(h []string) bool { return allImply(h, g, strings.HasPrefix) }) {
			return false
		}
	}
	if len(prev.IDs) > 0 && (len(q.IDs) == 0 || slices.ContainsFunc(q.IDs, func(id uint64) bool { return !prev.allowsID(id) })) {
		return false
	}
	if !prev.Since.IsZero() && (q.Since.IsZero() || q.Since.Before(prev.Since)) {
		return false
	}
	if !prev.Until.IsZero() && (q.Until.IsZero() || q.Until.After(prev.Until)) {
		return false
	}
	return true
}

// allImply reports whether alts is a non-empty list of alternatives each of
// which implies one of prev's alternatives (by implies(new, old)).
func allImply(alts, prev []string, implies func(v, w string) bool) bool {
	if len(alts) == 0 {
		return false
	}
	for _, v := range alts {
		if !slices.ContainsFunc(prev, func(w string) bool { return implies(v, w) }) {
			return false
		}
	}
	return true
}

func subset[T comparable](a, b []T) bool {
	for _, v := range a {
		if !slices.Contains(b, v) {
			return false
		}
	}
	return true
}
