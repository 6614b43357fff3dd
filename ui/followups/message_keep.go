package followups

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Keeping a message as it is edited in place: what is typed is saved with
// the follow-up about a second after each change, as esc (stop editing)
// saves it, without leaving the box; and before the app ends, on ctrl+c or
// a signal (see kit.Keeper). esc only saves, it never drops, so nothing
// needs putting back: a save while typing is the same change esc makes, a
// little earlier. The status line stays quiet while saves succeed; a
// failure is said once, and the next change, esc or the app's end tries
// again.

// messageKeep is where the saving of the message stands.
type messageKeep struct {
	auto kit.Autosave
	// stored is the text the follow-up is known to hold: the text loaded,
	// or the last one saved.
	stored string
	again  bool // save once more when the save on its way returns
	loud   bool // that save is the user's own (esc): the status line says how it went
	quit   bool // answer kit.KeptMsg once everything typed is saved
	failed bool // a save failed, and the status line said so
	// began is whether the follow-up kept an edit when the box opened, so
	// that esc can say the message is the draft again after saves while
	// typing made it so.
	began bool
	// base is the follow-up's own edit as stored ("" for none) as far as
	// the box knows: loaded, or last saved. A save that finds another
	// there writes nothing (see message_clash.go).
	base string
	// clash is set once a save found the message changed by another
	// debrief: theirs is what it holds now. Nothing is saved as the user
	// types until ctrl+s saves theirs over on purpose, or esc twice
	// drops theirs. said is set once the status line said so; asking
	// by the first esc.
	clash, said, asking bool
	theirs              string
	// warning holds back a ctrl+s that comes as the clash is said.
	warning kit.ClashWarning
	// aside is the text this box knows the follow-up keeps aside: kept
	// during a clash (see keepAside), or put in the box by the key that
	// uses it (see useAside); a save of the box that succeeds drops it.
	// asideFailed is set once the status line said that keeping it
	// failed.
	aside       string
	asideFailed bool
	// ended is set once the app's end kept the words aside; choice is
	// ctrl+s or esc twice pressed while a keep was on its way.
	ended  bool
	choice choice
}

// typed is the text the user means the message to be: the box's while it
// is open, the text shown otherwise.
func (v *messageView) typed() string {
	if v.editing {
		return v.area.Value()
	}
	return v.text
}

// messageLimit is the most text the journal keeps as a message.
var messageLimit = kit.TextLimit{Name: "A message", Bytes: journal.MaxTextBytes}

// editInput passes a key or a paste to the box, cleaned as every box
// cleans it and cut to what the journal keeps as a message, and asks for a
// save when the text changed.
func (v *messageView) editInput(msg tea.Msg) tea.Cmd {
	before := v.area.Value()
	msg, fits, notice := kit.LimitMsg(messageLimit, kit.CleanInput(msg), len(before), true)
	var cmds []tea.Cmd
	if notice != "" {
		cmds = append(cmds, v.sh.SetStatus(notice, false))
	}
	if fits {
		var cmd tea.Cmd
		v.area, cmd = v.area.Update(msg)
		cmds = append(cmds, cmd)
	}
	if v.area.Value() != before {
		cmds = append(cmds, v.keep.auto.Changed(v.sh))
	}
	return tea.Batch(cmds...)
}

// stopEditing closes the box; what it holds is saved by the caller.
func (v *messageView) stopEditing() {
	v.editing = false
	v.area.Blur()
	v.keep.auto.Stop()
}

// autosave saves what is typed when its time came, if it is not saved yet.
func (v *messageView) autosave(msg kit.AutosaveMsg) tea.Cmd {
	if !v.keep.auto.Due(msg) || !v.editing {
		return nil
	}
	if v.keep.clash {
		if v.storing || v.typed() == v.keep.aside {
			return nil // a keep on its way looks again when it lands
		}
		return v.keepAside(false)
	}
	if v.typed() == v.keep.stored {
		return nil
	}
	return v.store(false)
}

// keepTyped saves what is typed before the app ends, or returns nil when
// it is saved already (see Page.KeepTyped).
func (v *messageView) keepTyped() tea.Cmd {
	if !v.loaded || v.err != "" {
		return nil
	}
	k := &v.keep
	if v.storing {
		// The save on its way answers, or starts the one that does.
		k.quit = true
		return func() tea.Msg { return nil }
	}
	if k.clash {
		if v.typed() == k.aside && k.ended {
			return nil
		}
		return v.keepAside(true)
	}
	if v.typed() == k.stored {
		return nil
	}
	k.quit = true
	k.auto.Stop()
	return v.store(false)
}

// storedAfter takes the answer of a save of the text (not a reset), and
// returns what comes next: the save that waited for it, the answer to the
// app's end, and what the status line says. done is false when the caller
// is left to say how the user's own save (esc) went.
func (v *messageView) storedAfter(msg messageSavedMsg) (cmd tea.Cmd, done bool) {
	k := &v.keep
	if msg.err == nil {
		k.stored, k.base = msg.text, msg.stored
		v.edited = msg.edited
	}
	switch {
	case k.quit && msg.err != nil:
		// The root says why and stays, unless a signal ends the app.
		k.quit, k.failed = false, true
		return keptCmd(msg.err), true
	case k.quit && (k.again || v.typed() != k.stored):
		return v.store(false), true
	case k.quit:
		k.quit = false
		return keptCmd(nil), true
	}
	var next tea.Cmd
	if k.again {
		next = v.store(k.loud)
	}
	if msg.loud {
		k.failed = msg.err != nil
		return next, false
	}
	switch {
	case msg.err != nil && !k.failed:
		k.failed = true
		return tea.Batch(next, v.sh.SetStatus("Your edit is not saved yet: "+journal.ErrorMessage(msg.err)+
			" It is tried again as you type, and when you stop editing.", true)), true
	case msg.err == nil && k.failed:
		k.failed = false
		return tea.Batch(next, v.sh.SetStatus("Your edit is saved now.", false)), true
	}
	return next, true
}

// keptCmd answers kit.Keeper.KeepTyped.
func keptCmd(err error) tea.Cmd {
	return func() tea.Msg { return kit.KeptMsg{Err: err} }
}
