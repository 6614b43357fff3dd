package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// A saved draft opens in the guided flow of one debrief at a time: two
// terminals typing into one draft would each write over the other, and
// finishing it in both would save the reflection twice. So the flow opens
// on a saved draft only once this debrief has claimed it in the journal
// (kit.Journal.ClaimDraft); while another debrief has it open, the screen
// that asked says so and stays.

// draftClaimedMsg is the reply of the claim of a draft about to open.
type draftClaimedMsg struct {
	// asked is the draft as the screen that opens it read it.
	asked journal.Draft
	// stored is the draft as stored once claimed.
	stored *journal.Draft
	err    error
}

// claimDraft claims the saved draft d for this debrief, in a command.
func (m *Model) claimDraft(d journal.Draft) tea.Cmd {
	j := m.sh.Journal
	m.claiming = true
	return func() tea.Msg {
		stored, err := j.ClaimDraft(d.ID)
		return draftClaimedMsg{asked: d, stored: stored, err: err}
	}
}

// draftClaimed opens the flow on a draft now held, or says why it does not
// open.
func (m *Model) draftClaimed(msg draftClaimedMsg) tea.Cmd {
	m.claiming = false
	if m.screen == kit.ScreenReflect {
		// A second request (a key pressed twice) while the first opened.
		return nil
	}
	if msg.err != nil {
		if journal.ErrorCode(msg.err) == journal.ENotFound {
			status := m.sh.SetStatus("That draft is no longer there: it was saved or discarded in another window.", true)
			if m.screen == kit.ScreenHome {
				return tea.Batch(status, m.home.Init())
			}
			return status
		}
		return m.sh.SetStatus(journal.ErrorMessage(msg.err), true)
	}
	d := *msg.stored
	switch {
	case msg.asked.UpdatedAt.Equal(d.UpdatedAt):
		// Unchanged since it was read: open it as the screen had it (an
		// edit brought up to date with its interview, at the answer
		// asked for), now held.
		held := d.Holder
		d = msg.asked
		d.Holder = held
	case d.Kind == journal.DraftInterview && d.InterviewID != 0 && d.Base != nil:
		// An edit saved in another window since it was read: bring what
		// is stored up to date with its interview again. It comes back
		// here, held by this debrief already.
		d.Step, d.Sub = msg.asked.Step, msg.asked.Sub
		return kit.ResumeEdit(m.sh, d)
	}
	// Otherwise what is stored is newer than what the screen read: it
	// holds the words typed since in another window.
	return m.openFlow(&d)
}
