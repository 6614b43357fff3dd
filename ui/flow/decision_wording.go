package flow

import (
	"slices"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// wordedForOutcome gives the prompts of the reflection after the decision
// the words that fit the interview's actual outcome (journal.DecisionWording):
// an offer is not asked about as a no.
func wordedForOutcome(set prompts.Set, iv *journal.Interview) prompts.Set {
	words := journal.DecisionWording(iv)
	set.Prompts = slices.Clone(set.Prompts)
	for i, p := range set.Prompts {
		w, ok := words[p.ID]
		if !ok {
			continue
		}
		if w.Title != "" {
			set.Prompts[i].Title = w.Title
		}
		if w.Hint != "" {
			set.Prompts[i].Hint = w.Hint
		}
	}
	return set
}

// startFromFeedback fills a new reflection on the decision with the
// answers it can start from, such as the feedback already recorded, so
// nothing is asked for twice. A draft already saved keeps what the user
// made of them.
func startFromFeedback(set prompts.Set, d *journal.Draft) {
	if d.ID != 0 {
		return
	}
	iv := &d.Interview
	words := journal.DecisionWording(iv)
	for _, p := range set.Prompts {
		w, ok := words[p.ID]
		if !ok || w.Prefill == "" || p.Field != "" || p.Kind != journal.KindLong || iv.AnswerFor(p.ID) != "" {
			continue
		}
		iv.SetAnswer(p.ID, p.Title, w.Prefill)
	}
}
