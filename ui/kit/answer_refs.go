package kit

import (
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// AnswerRefs names the answers an edit of an interview can change, for
// journal.MergeAnswers: those of the set's prompts and, when the edit
// remembers where it began (withOld), the answers it holds to prompts the
// set no longer asks, which the interview's page changes one at a time.
// Without a beginning to compare with, every answer named is written, so
// those are left out.
func AnswerRefs(set prompts.Set, answers *journal.Interview, withOld bool) []journal.AnswerRef {
	refs := make([]journal.AnswerRef, 0, len(set.Prompts))
	asked := map[string]bool{}
	for _, p := range set.Prompts {
		if p.Field == "" {
			// Copied as stored: a long answer keeps its blank lines.
			refs = append(refs, journal.AnswerRef{Field: p.ID, Custom: true, Title: p.Title})
			asked[p.ID] = true
		} else {
			refs = append(refs, journal.AnswerRef{Field: p.Field, Title: p.Title})
		}
	}
	if !withOld {
		return refs
	}
	for _, a := range answers.Answers {
		if !asked[a.Prompt] {
			asked[a.Prompt] = true
			refs = append(refs, journal.AnswerRef{Field: a.Prompt, Custom: true, Title: CustomTitle(a)})
		}
	}
	return refs
}
