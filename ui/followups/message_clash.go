package followups

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// A message changed by another debrief (another window, or 'debrief
// followups draft --save') while this one edits it: each save first
// checks, in the same read-change-write, that the follow-up still holds
// the edit this box last loaded or saved. When it does not, nothing is
// written over it: the words typed are kept aside with the follow-up in
// that same step (journal.FollowUp.Aside, inside the journal, so sealed
// with it when it is encrypted), the box says so once, and from then on
// keeps them aside about a second after each change, so a crash or a kill
// loses at most that second. The user chooses: ctrl+s saves their words
// in place of the other change, esc twice drops them and shows the
// message as it now stands. Before the app ends (ctrl+c, a signal) they
// are made the follow-up's edit instead when it holds none now (the other
// debrief reset it to the draft, which is written afresh at any time, so
// no one's words are lost by it).
//
// A version left aside is shown with the message when it is opened again
// (see message_aside.go), with a key to use it and one to drop it.

// choice is what the user chose while a keep was on its way.
type choice int

const (
	choiceNone choice = iota
	choiceSave        // ctrl+s: save the words over the other change
	choiceDrop        // esc twice: drop them
)

// errMessageChanged refuses to write over a message changed in another
// debrief since this box last read or saved it.
var errMessageChanged = &journal.Error{Code: journal.EConflict, Message: "Another debrief changed this message meanwhile, so yours was not saved over it."}

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
	if msg.kept {
		// The save kept the words aside in the step that found the clash.
		k.aside, k.asideFailed = msg.text, false
	}
	if !v.editing {
		v.editing = true
		v.area.SetValue(v.text)
		v.area.Focus()
	}
	if k.quit {
		k.quit = false
		return v.keepAside(true)
	}
	var aside tea.Cmd
	if v.typed() != k.aside {
		aside = v.keepAside(false)
	}
	if k.said {
		return aside
	}
	k.said = true
	return tea.Batch(aside, v.sh.SetStatus(clashWarning, true), k.warning.Shown(v.sh))
}

// clashWarning says that the message changed elsewhere, and what to do.
var clashWarning = errMessageChanged.Message + " ctrl+s saves yours in its place; esc twice keeps theirs and drops yours."

// clashNote is what the box says under it while the message clashes,
// "" otherwise.
func (v *messageView) clashNote() string {
	switch {
	case !v.keep.clash:
		return ""
	case v.keep.asking:
		return "Press esc again to drop yours and keep the message as the other debrief saved it, or ctrl+s to save yours in its place."
	}
	return "Another debrief changed this message meanwhile, so what you type here is kept aside with this follow-up, not in the message: ctrl+s saves yours in its place, esc twice keeps theirs."
}

// clashKey handles ctrl+s and esc while the message clashes; done is
// false for a key the box takes as usual.
func (v *messageView) clashKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := v.sh.Keys.FollowUps
	asking := v.keep.asking
	v.keep.asking = false
	switch {
	case key.Matches(k, keys.SaveOver) && v.keep.warning.TooSoon():
		// Pressed as the clash was said: not an answer to it.
		return v.sh.SetStatus(clashWarning, true), true
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
// change made meanwhile is still caught. The save drops the version kept
// aside in the same step.
func (v *messageView) saveOver() tea.Cmd {
	k := &v.keep
	if v.storing {
		k.choice = choiceSave // once the keep on its way lands
		return nil
	}
	k.base, k.clash, k.said = k.theirs, false, false
	k.auto.Stop()
	v.text = v.area.Value()
	v.stopEditing()
	v.layoutText()
	return v.saveEdit()
}

// dropMine closes the box on the message as the other debrief left it.
func (v *messageView) dropMine() tea.Cmd {
	if v.storing {
		v.keep.choice = choiceDrop // once the keep on its way lands
		return nil
	}
	v.keep.clash, v.keep.said = false, false
	v.stopEditing()
	// Nothing is shown, nor kept, until the message is read again.
	v.loaded = false
	drop := v.keep.aside
	v.keep.aside = ""
	return v.dropAside(drop, "Your changes were dropped; the message keeps the change made in another debrief.", "")
}

// keepAside keeps the words typed during a clash with the follow-up
// without writing over the other change (see the top of this file), or,
// when ending (the app waits for it), as the follow-up's edit if it holds
// none.
func (v *messageView) keepAside(ending bool) tea.Cmd {
	k := &v.keep
	if ending {
		k.auto.Stop()
	}
	j, it, text, drafted, mine, from := v.sh.Journal, v.item, v.typed(), v.drafted, k.aside, v
	if strings.TrimSpace(text) == "" {
		if ending {
			return keptCmd(nil) // no words to keep
		}
		return nil
	}
	v.storing = true
	return func() tea.Msg {
		msg := messageSavedMsg{from: from, text: text, aside: true, ending: ending}
		_, msg.err = j.ChangeInterview(it.InterviewID, func(iv *journal.Interview) error {
			if ending && storedEdit(iv, it.FollowUp.ID) == "" {
				if err := iv.SetFollowUpMessage(it.FollowUp.ID, text, drafted); err != nil {
					return err
				}
				msg.inJournal = true
				msg.edited, msg.stored = hasEdit(iv, it.FollowUp.ID), storedEdit(iv, it.FollowUp.ID)
				// What this box kept aside is the edit now; a version
				// another debrief kept aside stays.
				_, err := iv.DropFollowUpAside(it.FollowUp.ID, mine)
				return err
			}
			return iv.KeepFollowUpAside(it.FollowUp.ID, text, mine)
		})
		if msg.err != nil {
			msg.inJournal = false
		}
		return msg
	}
}

// keptAside takes in how keeping the words aside went: it answers the
// app's end, or says once that they could not be kept.
func (v *messageView) keptAside(msg messageSavedMsg) tea.Cmd {
	k := &v.keep
	if msg.err == nil {
		k.aside, k.asideFailed, k.ended = msg.text, false, msg.ending
	}
	if !msg.ending {
		choice := k.choice
		k.choice = choiceNone
		switch {
		case k.quit:
			// The app waits to end: keep what is typed now.
			k.quit = false
			return v.keepAside(true)
		case choice == choiceSave:
			return v.saveOver()
		case choice == choiceDrop:
			return v.dropMine()
		case msg.err != nil && !k.asideFailed:
			k.asideFailed = true
			return v.sh.SetStatus("Your edit could not be kept aside: "+journal.ErrorMessage(msg.err)+" It is still in the box, and tried again as you type.", true)
		case msg.err == nil && v.editing && k.clash && v.typed() != k.aside && !k.auto.Pending():
			// Typed on while it was kept: its tick came meanwhile.
			return v.keepAside(false)
		}
		return nil
	}
	k.quit = false // this answers the app's end
	if msg.err != nil {
		return keptCmd(msg.err)
	}
	if msg.inJournal {
		k.clash, k.stored, k.base, v.edited, k.aside = false, msg.text, msg.stored, msg.edited, ""
		return tea.Batch(v.sh.SetStatus("Your edit is saved: the other debrief had put the message back to the draft.", false), keptCmd(nil))
	}
	return tea.Batch(v.sh.SetStatus("Your edit is kept aside with this follow-up; the message keeps the other debrief's change.", false), keptCmd(nil))
}
