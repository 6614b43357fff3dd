package journal

import "slices"

// storyPart is one part of a story that two edits can change apart from
// each other: its name, for a message, and where it is in a story.
type storyPart struct {
	name string
	text func(*Story) *string
	list func(*Story) *[]string
}

// storyParts are the parts MergeStory merges one by one.
func storyParts() []storyPart {
	return []storyPart{
		{name: "title", text: func(s *Story) *string { return &s.Title }},
		{name: "situation", text: func(s *Story) *string { return &s.Situation }},
		{name: "task", text: func(s *Story) *string { return &s.Task }},
		{name: "action", text: func(s *Story) *string { return &s.Action }},
		{name: "result", text: func(s *Story) *string { return &s.Result }},
		{name: "what it shows", text: func(s *Story) *string { return &s.Shows }},
		{name: "themes", list: func(s *Story) *[]string { return &s.Themes }},
		{name: "curveballs it answers", list: func(s *Story) *[]string { return &s.Cards }},
	}
}

// MergeStory merges two edits of the same story, part by part: mine, made
// from base, and theirs, saved meanwhile from the same base. A part only
// one of them changed takes that change; a part both changed, to
// different text, is a clash: the merged story keeps mine there, and
// clashes names those parts. The merged story is theirs in everything
// else (its ID, times and where it was started from), so it can be saved
// over theirs.
func MergeStory(base, mine, theirs Story) (merged Story, clashes []string) {
	merged = theirs
	merged.Themes = slices.Clone(theirs.Themes)
	merged.Cards = slices.Clone(theirs.Cards)
	for _, pt := range storyParts() {
		if pt.text != nil {
			b, m, t := *pt.text(&base), *pt.text(&mine), *pt.text(&theirs)
			switch {
			case m == b || m == t:
			case t == b:
				*pt.text(&merged) = m
			default:
				*pt.text(&merged) = m
				clashes = append(clashes, pt.name)
			}
			continue
		}
		b, m, t := *pt.list(&base), *pt.list(&mine), *pt.list(&theirs)
		switch {
		case slices.Equal(m, b) || slices.Equal(m, t):
		case slices.Equal(t, b):
			*pt.list(&merged) = slices.Clone(m)
		default:
			*pt.list(&merged) = slices.Clone(m)
			clashes = append(clashes, pt.name)
		}
	}
	return merged, clashes
}
