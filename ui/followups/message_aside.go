package followups

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// A follow-up may keep the user's version of its message aside, beside
// the message (journal.FollowUp.Aside): words typed while another debrief
// changed the message (see message_clash.go). The message view says so
// when it shows the message, and offers to use that version (it goes in
// the box as the text being edited, saved as any edit is, and the save
// drops it from aside) or to drop it.

// asideNote is what the view says above the message while the follow-up
// keeps a version of it aside, "" otherwise.
func (v *messageView) asideNote() string {
	if v.aside == "" || v.editing || !v.loaded || v.err != "" {
		return ""
	}
	k := v.sh.Keys.FollowUps
	return "Your own version of this message is kept aside: another debrief changed the message while you typed. " +
		k.UseAside.Help().Key + " puts yours in the box to edit and save; " + k.DropAside.Help().Key + " drops it."
}

// useAside opens the box on the version kept aside. Saving what the box
// holds works as usual, and the save that succeeds drops the version
// aside in the same step (see store).
func (v *messageView) useAside() tea.Cmd {
	if v.aside == "" || v.storing || v.resetting {
		return nil
	}
	if v.aside == v.text {
		// It is the message already: nothing to put in the box.
		return v.dropAside("", v.aside, "Your version kept aside is the message already, so it was put away.")
	}
	v.editing, v.keep.began = true, v.edited
	v.keep.aside, v.keep.before = v.aside, ""
	v.area.SetValue(v.aside)
	v.area.Focus()
	return tea.Batch(v.keep.auto.Changed(v.sh), v.sh.SetStatus("Your version is in the box: it is saved as the message as you edit it.", false))
}

// asideDroppedMsg reports that a version kept aside was dropped, with the
// message as it stands since.
type asideDroppedMsg struct {
	from   *messageView
	loaded messageLoadedMsg
	status string
	err    error
}

// dropAside drops the version kept aside, want after before (see
// journal.KeepFollowUpAside), if it is still so, in a command, then reads
// the message again and says status. The versions in before, and a
// version kept meanwhile by another debrief, stay and are shown.
func (v *messageView) dropAside(before, want, status string) tea.Cmd {
	if v.storing {
		return nil
	}
	j, it, from, load := v.sh.Journal, v.item, v, v.load()
	v.storing = true
	return func() tea.Msg {
		msg := asideDroppedMsg{from: from, status: status}
		if want != "" {
			_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
				_, err := iv.DropFollowUpAside(it.FollowUp.ID, before, want)
				return err
			})
		}
		msg.loaded, _ = load().(messageLoadedMsg)
		return msg
	}
}

// asideDropped shows the message as it stands once the version aside was
// dropped, and says how it went.
func (v *messageView) asideDropped(msg asideDroppedMsg) tea.Cmd {
	v.storing = false
	cmd := v.Update(msg.loaded)
	if msg.err != nil {
		return tea.Batch(cmd, v.sh.SetStatus("Your version kept aside could not be dropped: "+journal.ErrorMessage(msg.err), true))
	}
	return tea.Batch(cmd, v.sh.SetStatus(msg.status, false))
}
