package flow

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The reflection after the decision runs in the guided flow on a draft of
// kind journal.DraftFeedback that holds a copy of the interview. Its
// answers are kept on the interview under their prompt ids, except the
// lessons, which join the interview as FeedbackLessons so that they read as
// lessons that came from the decision.

// decisionSet is the after-decision set with its lessons prompt filling the
// interview's FeedbackLessons.
func decisionSet(base prompts.Set) prompts.Set {
	set := base
	set.Prompts = slices.Clone(base.Prompts)
	for i, p := range set.Prompts {
		if p.ID == kit.DecisionLessonsPrompt && p.Kind == journal.KindList && p.Field == "" {
			set.Prompts[i].Field = "feedback_lessons"
		}
	}
	return set
}

// finishDecisionCmd saves the answers of the reflection on the decision
// that were changed in it into the interview as it is stored now, not into
// the copy the draft started from, so that follow-ups marked, feedback
// added or answers changed meanwhile are kept; and deletes the draft in
// the same transaction.
func (m *Model) finishDecisionCmd() tea.Cmd {
	answers, set, draftID, j := m.draft.Interview, m.set, m.draft.ID, m.sh.Journal
	id := m.draft.InterviewID
	if id == 0 {
		id = answers.ID
	}
	return finishInto(j, draftID, id, set, m.draft.Base, answers)
}

// finishInto saves the answers that the draft changed (compared with base, the interview as the draft began) into the
// interview id as it is stored when the save happens, and deletes the
// draft, in one transaction (journal.MergeAnswers): whatever else was
// saved meanwhile (a follow-up marked, feedback added, another answer
// changed, here or in another terminal) is kept. An answer changed both
// in the draft and meanwhile takes the draft's, and the reply names it.
func finishInto(j kit.Journal, draftID, id uint64, set prompts.Set, base *journal.Interview, answers journal.Interview) tea.Cmd {
	refs := kit.AnswerRefs(set, &answers, base != nil)
	return func() tea.Msg {
		var clashes []string
		iv, err := j.FinishDraftInto(draftID, id, func(iv *journal.Interview) error {
			merged, both, err := journal.MergeAnswers(base, answers, *iv, refs)
			if err != nil {
				return err
			}
			*iv, clashes = merged, both
			return nil
		})
		if err != nil || iv == nil {
			return interviewSavedMsg{interview: answers, err: err}
		}
		return interviewSavedMsg{interview: *iv, clashes: clashes}
	}
}
