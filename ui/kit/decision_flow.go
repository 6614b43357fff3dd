package kit

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"
)

// DecisionFlowFailedMsg reports that the reflection on the decision could
// not be opened.
type DecisionFlowFailedMsg struct{ err error }

// StartDecisionFlow opens the reflection on the decision of an interview:
// its unfinished draft when there is one, or a new draft on the interview
// as it is stored, which remembers it (journal.Draft.Base) so that saving
// the draft writes only the answers changed in it.
func StartDecisionFlow(j Journal, id uint64) tea.Cmd {
	return func() tea.Msg {
		drafts, err := j.Drafts()
		if err != nil {
			return DecisionFlowFailedMsg{err: err}
		}
		for _, d := range drafts {
			if d.Kind == journal.DraftFeedback && d.InterviewID == id {
				return OpenFlowMsg{Draft: &d}
			}
		}
		iv, err := j.Interview(id)
		if err != nil {
			return DecisionFlowFailedMsg{err: err}
		}
		base := iv.Clone()
		return OpenFlowMsg{Draft: &journal.Draft{Kind: journal.DraftFeedback, InterviewID: id, Interview: *iv, Base: &base}}
	}
}

// DecisionFlowFailed shows why the reflection could not be opened.
func DecisionFlowFailed(sh *Context, msg DecisionFlowFailedMsg) tea.Cmd {
	return sh.SetStatus("The reflection could not be opened: "+journal.ErrorMessage(msg.err), true)
}
