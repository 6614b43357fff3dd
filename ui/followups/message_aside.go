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

// useAside reads what the follow-up keeps aside now, then opens the box
// on the latest version of it (see asideRead). Saving what the box holds
// works as usual, and the save that succeeds drops that version from
// aside in the same step (see store); other versions stay.
func (v *messageView) useAside() tea.Cmd {
	if v.aside == "" || v.storing || v.resetting {
		return nil
	}
	j, it, from := v.sh.Journal, v.item, v
	v.storing = true
	return func() tea.Msg {
		iv, err := j.Interview(it.InterviewID)
		if err != nil {
			return asideReadMsg{from: from, err: err}
		}
		return asideReadMsg{from: from, aside: storedAside(iv, it.FollowUp.ID)}
	}
}

// asideReadMsg carries what a follow-up keeps aside, read for useAside.
type asideReadMsg struct {
	from  *messageView
	aside string
	err   error
}

// asideRead puts the latest version kept aside in the box, as it stands
// now: another debrief may have dropped, used or added one since the page
// showed it.
func (v *messageView) asideRead(msg asideReadMsg) tea.Cmd {
	v.storing = false
	if msg.err != nil {
		return v.sh.SetStatus("Your version kept aside could not be read: "+journal.ErrorMessage(msg.err), true)
	}
	v.aside = msg.aside
	versions := journal.AsideVersions(msg.aside)
	if len(versions) == 0 {
		return v.sh.SetStatus("Nothing is kept aside any more: another debrief used or dropped it meanwhile.", false)
	}
	latest := versions[len(versions)-1]
	if latest == v.text {
		// It is the message already: nothing to put in the box.
		return v.dropAside(latest, "Your version kept aside is the message already, so it was put away.", "")
	}
	v.editing, v.keep.began = true, v.edited
	v.keep.aside = latest
	v.area.SetValue(latest)
	v.area.Focus()
	return tea.Batch(v.keep.auto.Changed(v.sh), v.sh.SetStatus("Your version is in the box: it is saved as the message as you edit it.", false))
}

// asideDroppedMsg reports that a version kept aside was dropped, with the
// message as it stands since.
type asideDroppedMsg struct {
	from   *messageView
	loaded messageLoadedMsg
	// status is said once dropped, missed when nothing was (a change made
	// meanwhile in another debrief), unless it is "".
	status, missed string
	dropped        bool
	err            error
}

// dropAside drops want from what is kept aside (see
// journal.DropFollowUpAside), in a command, then reads the message again
// and says status, or missed when nothing was dropped and missed is not
// "". A version kept meanwhile by another debrief stays, and is shown.
func (v *messageView) dropAside(want, status, missed string) tea.Cmd {
	if v.storing {
		return nil
	}
	j, it, from, load := v.sh.Journal, v.item, v, v.load()
	v.storing = true
	return func() tea.Msg {
		msg := asideDroppedMsg{from: from, status: status, missed: missed}
		if want != "" {
			_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
				var err error
				msg.dropped, err = iv.DropFollowUpAside(it.FollowUp.ID, want)
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
	if !msg.dropped && msg.missed != "" {
		return tea.Batch(cmd, v.sh.SetStatus(msg.missed, false))
	}
	return tea.Batch(cmd, v.sh.SetStatus(msg.status, false))
}
