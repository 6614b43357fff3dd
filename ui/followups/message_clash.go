package followups

import (
	"errors"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// A message changed by another debrief (another window, or 'debrief
// followups draft --save') while this one edits it: each save first
// checks, in the same read-change-write, that the follow-up still holds
// the edit this box last loaded or saved. When it does not, nothing is
// written over it: the box says so once, stops saving as the user types,
// and lets the user choose: ctrl+s saves theirs in place of the other
// change, esc twice drops theirs and shows the message as it now stands.
//
// Before the app ends meanwhile (ctrl+c, a signal), the words typed are
// kept without writing over the other change: as the follow-up's edit
// when it holds none now (the other debrief reset it to the draft, which
// is written afresh at any time, so no one's words are lost), or else in
// a private file of the kept folder (kit.KeepTextAside), which the app's
// status line and 'debrief check' point to. That file is plain text even
// for an encrypted journal, so it is the last resort: the journal has no
// other place for a message.

// errMessageChanged refuses to write over a message changed in another
// debrief since this box last read or saved it.
var errMessageChanged = &journal.Error{Code: journal.EConflict, Message: "Another debrief changed this message meanwhile, so yours was not saved over it."}

// errNoPlace says the follow-up holds another debrief's words, so the
// text is kept aside instead.
var errNoPlace = errors.New("the follow-up holds another edit")

// resetClashNote says why a reset did nothing.
const resetClashNote = "Another debrief changed this message meanwhile, so it was not reset: it is shown as it stands now; press r again to reset it."

// clashed takes the answer of a save that found the message changed
// elsewhere: the words stay in the box (opened again on them when the
// save was esc's or the editor's), the status line says so once, and an
// ending app keeps them aside.
func (v *messageView) clashed(msg messageSavedMsg) tea.Cmd {
	k := &v.keep
	k.clash, k.theirs, k.asking = true, msg.theirs, false
	k.again, k.loud = false, false
	k.auto.Stop()
	if !v.editing {
		v.editing = true
		v.area.SetValue(v.text)
		v.area.Focus()
	}
	if k.quit {
		k.quit = false
		return v.keepAside()
	}
	if k.said {
		return nil
	}
	k.said = true
	return v.sh.SetStatus(errMessageChanged.Message+" ctrl+s saves yours in its place; esc twice keeps theirs and drops yours.", true)
}

// clashNote is what the box says under it while the message clashes,
// "" otherwise.
func (v *messageView) clashNote() string {
	switch {
	case !v.keep.clash:
		return ""
	case v.keep.asking:
		return "Press esc again to drop yours and keep the message as the other debrief saved it, or ctrl+s to save yours in its place."
	}
	return "Another debrief changed this message meanwhile, so what you type here is not saved as you go: ctrl+s saves yours in its place, esc twice keeps theirs."
}

// clashKey handles ctrl+s and esc while the message clashes; done is
// false for a key the box takes as usual.
func (v *messageView) clashKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := v.sh.Keys.FollowUps
	asking := v.keep.asking
	v.keep.asking = false
	switch {
	case key.Matches(k, keys.SaveOver):
		return v.saveOver(), true
	case key.Matches(k, keys.Cancel) && !asking:
		v.keep.asking = true
		return nil, true
	case key.Matches(k, keys.Cancel):
		return v.dropMine(), true
	}
	return nil, false
}

// saveOver saves the words typed in place of the other debrief's change,
// as the user asked: that change is the base the save checks, so a third
// change made meanwhile is still caught.
func (v *messageView) saveOver() tea.Cmd {
	if v.storing {
		return nil // a keep is on its way
	}
	k := &v.keep
	k.base, k.clash, k.said = k.theirs, false, false
	v.text = v.area.Value()
	v.stopEditing()
	v.layoutText()
	return v.saveEdit()
}

// dropMine closes the box on the message as the other debrief left it.
func (v *messageView) dropMine() tea.Cmd {
	if v.storing {
		return nil // a keep is on its way
	}
	v.keep.clash, v.keep.said = false, false
	v.stopEditing()
	// Nothing is shown, nor kept, until the message is read again.
	v.loaded = false
	return tea.Batch(v.load(), v.sh.SetStatus("Your changes were dropped; the message keeps the change made in another debrief.", false))
}

// keepAside keeps the words typed during a clash before the app ends,
// without writing over the other change (see the top of this file).
func (v *messageView) keepAside() tea.Cmd {
	k := &v.keep
	k.auto.Stop()
	j, it, text, drafted, from := v.sh.Journal, v.item, v.typed(), v.drafted, v
	v.storing = true
	return func() tea.Msg {
		msg := messageSavedMsg{from: from, text: text, aside: true}
		_, err := j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if storedEdit(iv, it.FollowUp.ID) != "" {
				return errNoPlace
			}
			if err := iv.SetFollowUpMessage(it.FollowUp.ID, text, drafted); err != nil {
				return err
			}
			msg.edited, msg.stored = hasEdit(iv, it.FollowUp.ID), storedEdit(iv, it.FollowUp.ID)
			return nil
		})
		if err == nil {
			return msg
		}
		name := "message-" + strconv.FormatUint(it.InterviewID, 10) + "-" + it.FollowUp.ID
		if msg.path, err = kit.KeepTextAside(name, text); err != nil {
			msg.err = &journal.Error{Code: journal.EInternal, Err: err,
				Message: "Another debrief changed this message meanwhile, and your edit could not be kept aside in " + safetext.Line(kit.KeptEditorDir()) + " either; it is still in the box."}
		}
		return msg
	}
}

// keptAside answers the app's end once the words are kept aside, or says
// why they could not be.
func (v *messageView) keptAside(msg messageSavedMsg) tea.Cmd {
	if msg.err != nil {
		return keptCmd(msg.err)
	}
	v.keep.aside = msg.text
	if msg.path == "" {
		v.keep.clash, v.keep.stored, v.keep.base, v.edited = false, msg.text, msg.stored, msg.edited
		return tea.Batch(v.sh.SetStatus("Your edit is saved: the other debrief had put the message back to the draft.", false), keptCmd(nil))
	}
	return tea.Batch(v.sh.SetStatus("Your edit is kept in "+safetext.Line(msg.path)+"; the message keeps the other debrief's change.", false), keptCmd(nil))
}
