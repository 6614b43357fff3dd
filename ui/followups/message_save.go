package followups

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// messageSavedMsg reports that the user's edit of a message was saved with
// its follow-up, or reset to the draft.
type messageSavedMsg struct {
	from   *messageView // the view that saved it
	text   string       // the text saved
	edited bool         // the follow-up keeps an edit (false: it is the draft again)
	loud   bool         // the user saved it (esc, the editor): the status line says how it went
	reset  bool
	// stored is the follow-up's own edit as stored after the save;
	// theirs what another debrief left there, when the save found the
	// message changed (errMessageChanged).
	stored, theirs string
	// aside is set for the keeping of the words typed during a clash
	// (see keepAside); kept is set when a save that found the clash kept
	// them aside in the same step (see journal.KeepFollowUpAside);
	// dropped is the version kept aside that a save dropped, once the
	// words were saved as the message, and asideLeft what the follow-up
	// keeps aside after a save.
	aside, kept        bool
	dropped, asideLeft string
	// ending says the app waits for the keep; inJournal that the words
	// are the follow-up's edit now.
	ending, inJournal bool
	err               error
}

// saveEdit keeps the text as the follow-up's message, as the user asked
// (esc, or back from the editor): the status line says how it went.
func (v *messageView) saveEdit() tea.Cmd { return v.store(true) }

// store keeps what is typed as the follow-up's message, in a command: the
// interview is read, changed and saved at once. Text the same as the
// draft, or blank, leaves the draft in place. One save is on its way at a
// time, so an older text never lands after a newer one: a save asked for
// meanwhile waits for it (see storedAfter). loud says the user asked for
// it.
func (v *messageView) store(loud bool) tea.Cmd {
	if !v.loaded || v.err != "" {
		return nil
	}
	k := &v.keep
	if v.storing {
		k.again, k.loud = true, k.loud || loud
		return nil
	}
	k.again, k.loud = false, false
	j, it, text, drafted, base, mine, from := v.sh.Journal, v.item, v.typed(), v.drafted, k.base, k.aside, v
	v.storing = true
	return func() tea.Msg {
		msg := messageSavedMsg{from: from, text: text, loud: loud}
		clash := false
		_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if now := storedEdit(iv, it.FollowUp.ID); now != base {
				// Not written over: the words are kept aside instead, in
				// this same step, so none are lost between the two.
				msg.theirs, clash = now, true
				if strings.TrimSpace(text) == "" {
					return errMessageChanged
				}
				if iv.KeepFollowUpAside(it.FollowUp.ID, text, mine) != nil {
					return errMessageChanged // keepAside says why, as it tries again
				}
				msg.kept = true
				return nil
			}
			if err := iv.SetFollowUpMessage(it.FollowUp.ID, text, drafted); err != nil {
				return err
			}
			msg.edited = hasEdit(iv, it.FollowUp.ID)
			msg.stored = storedEdit(iv, it.FollowUp.ID)
			if mine != "" {
				// The words set aside are the message now.
				dropped, err := iv.DropFollowUpAside(it.FollowUp.ID, mine)
				if err != nil {
					return err
				}
				if dropped {
					msg.dropped = mine
				}
			}
			// What the follow-up keeps aside now, another window's
			// version included, is shown once the box closes.
			msg.asideLeft = storedAside(iv, it.FollowUp.ID)
			return nil
		})
		switch {
		case msg.err == nil && clash:
			msg.err = errMessageChanged
		case msg.err != nil:
			msg.kept, msg.dropped = false, ""
		}
		return msg
	}
}

// reset drops the user's edit, in a command, and drafts the message again.
func (v *messageView) reset() tea.Cmd {
	if !v.edited || v.storing {
		return nil
	}
	j, it, base, from := v.sh.Journal, v.item, v.keep.base, v
	v.storing, v.resetting = true, true
	return func() tea.Msg {
		msg := messageSavedMsg{from: from, reset: true}
		_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if now := storedEdit(iv, it.FollowUp.ID); now != base {
				// Words the user has not seen are not thrown away.
				msg.theirs = now
				return errMessageChanged
			}
			return iv.ResetFollowUpMessage(it.FollowUp.ID)
		})
		return msg
	}
}

// saved shows whether the message is the user's edit now, and says so.
func (v *messageView) saved(msg messageSavedMsg) tea.Cmd {
	v.storing = false
	switch {
	case msg.reset:
		return v.wasReset(msg)
	case msg.aside:
		return v.keptAside(msg)
	}
	if errors.Is(msg.err, errMessageChanged) {
		return v.clashed(msg)
	}
	if msg.dropped != "" && v.keep.aside == msg.dropped {
		// Saved the words kept aside: they are aside no more.
		v.keep.aside = ""
	}
	if msg.err == nil {
		// Versions another debrief kept aside stay, and are shown.
		v.aside = msg.asideLeft
	}
	was := v.edited || v.keep.began
	next, done := v.storedAfter(msg)
	var status tea.Cmd
	switch {
	case done:
	case msg.err != nil:
		status = v.sh.SetStatus("Your edit was not saved: "+journal.ErrorMessage(msg.err), true)
	case !msg.edited && !v.editing && strings.TrimSpace(v.text) == "":
		// A message emptied is the draft again: the page shows it.
		v.setText(safetext.Text(v.drafted))
		v.keep.stored = v.text
		status = v.sh.SetStatus("The message is the draft again.", false)
	case msg.edited:
		status = v.sh.SetStatus("Saved your edit: it stays with this follow-up.", false)
	case was:
		status = v.sh.SetStatus("The message is the draft again.", false)
	}
	return tea.Batch(next, status)
}

// wasReset drafts the message again once the edit was dropped.
func (v *messageView) wasReset(msg messageSavedMsg) tea.Cmd {
	v.resetting = false
	if v.keep.quit {
		// Nothing was typed since the reset began: the app may end.
		v.keep.quit = false
		return keptCmd(nil)
	}
	if errors.Is(msg.err, errMessageChanged) {
		// The message as it stands now is shown; r resets that one.
		return tea.Batch(v.load(), v.sh.SetStatus(resetClashNote, true))
	}
	if msg.err != nil {
		return v.sh.SetStatus("Your edit was not saved: "+journal.ErrorMessage(msg.err), true)
	}
	v.edited = false
	return tea.Batch(v.load(), v.sh.SetStatus("Back to the draft: your edit was thrown away.", false))
}

// storedEdit is the user's own edit of the follow-up's message as the
// interview holds it, "" when it holds none.
func storedEdit(iv *journal.Interview, id string) string {
	for _, f := range iv.FollowUps {
		if f.ID == id {
			return f.Message
		}
	}
	return ""
}

// storedAside is the version of the follow-up's message the interview
// keeps aside, "" for none.
func storedAside(iv *journal.Interview, id string) string {
	for _, f := range iv.FollowUps {
		if f.ID == id {
			return f.Aside
		}
	}
	return ""
}

// hasEdit reports whether the interview keeps an edit of the follow-up's
// message.
func hasEdit(iv *journal.Interview, id string) bool {
	for _, f := range iv.FollowUps {
		if f.ID == id {
			return f.Edited()
		}
	}
	return false
}

// unfilled returns the slots of the message still to fill in, leaving out
// the name when the page already says how to set it.
func (v *messageView) unfilled() []string {
	if !v.loaded || v.err != "" {
		return nil
	}
	var out []string
	for _, s := range journal.UnfilledSlots(v.text) {
		if s == journal.PlaceholderName && (v.unsigned || v.asking) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// slotsNote is what the status line adds after copying a message with
// slots still to fill in.
func (v *messageView) slotsNote() string {
	if slots := journal.UnfilledSlots(v.text); len(slots) > 0 {
		return " Fill in " + strings.Join(slots, ", ") + " before sending."
	}
	return ""
}

// copiedAndDone marks the follow-up done and says the message was copied.
func (v *messageView) copiedAndDone(p *Page) tea.Cmd {
	mark := p.mark(v.item, journal.FollowUpDone, journal.Date{}, "")
	label, note := v.item.FollowUp.Kind.Label(), v.slotsNote()
	return func() tea.Msg {
		msg := mark()
		if m, ok := msg.(followUpChangedMsg); ok && m.err == nil {
			m.text = "Copied and done: " + label + "." + note
			return m
		}
		return msg
	}
}
