package followups

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The first draft opened without a name asks for one, once: the question
// takes the place of the hint about 'debrief config set name'. Enter
// saves the name in the config file (Options.SaveName) and signs the draft
// with it; esc leaves the draft signed with the placeholder. Either way
// the app records that it asked (Options.NameAsked) and asks no more, in
// this run or a later one.

// nameSavedMsg says whether the name typed in a draft was saved.
type nameSavedMsg struct {
	name string
	err  error
}

// nameAskedMsg carries why the app could not record that it asked for
// the name.
type nameAskedMsg struct{ err error }

// askName starts asking for the user's name, when no name is set and the
// app has not asked before. The question counts as asked from now on, so
// no other draft of this run asks.
func (v *messageView) askName() tea.Cmd {
	sh := v.sh
	if sh.Sender.Name != "" || sh.SaveName == nil || sh.NameAsked == nil {
		return nil
	}
	v.asked, sh.NameAsked = sh.NameAsked, nil
	in := textinput.New()
	in.Prompt = "Sign your messages as: "
	in.Placeholder = "Your Name"
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	in.SetWidth(max(10, v.width()-ansi.StringWidth(in.Prompt)-1))
	in.Focus()
	v.name, v.asking, v.nameErr = in, true, ""
	return nil
}

// nameKey handles typing the name: enter saves it, esc leaves the draft
// unsigned.
func (v *messageView) nameKey(k tea.KeyPressMsg) tea.Cmd {
	keys := v.sh.Keys.FollowUps
	if v.saving {
		return nil
	}
	switch {
	case key.Matches(k, keys.SkipName):
		v.asking = false
		v.name.Blur()
		return v.recordAsked()
	case key.Matches(k, keys.SaveName):
		name := strings.TrimSpace(v.name.Value())
		if name == "" {
			v.nameErr = "Type your name, or press esc to keep the placeholder."
			return nil
		}
		v.saving, v.nameErr = true, ""
		save := v.sh.SaveName
		// Writing the config file is I/O: it runs in a command.
		return func() tea.Msg { return nameSavedMsg{name: name, err: save(name)} }
	}
	v.nameErr = ""
	var cmd tea.Cmd
	v.name, cmd = v.name.Update(k)
	return cmd
}

// nameSaved ends the question once the name is saved, and drafts the
// message again signed with it. A name that was not saved leaves the
// question open, with why in the status line, so it can be put right or
// skipped.
func (v *messageView) nameSaved(msg nameSavedMsg) tea.Cmd {
	v.saving = false
	if msg.err != nil {
		return v.sh.SetStatus("Your name was not saved: "+journal.ErrorMessage(msg.err), true)
	}
	v.asking = false
	v.name.Blur()
	return tea.Batch(v.recordAsked(), v.load(),
		v.sh.SetStatus("Saved your name in your settings: your drafts are signed with it.", false))
}

// recordAsked records, in a command, that the app asked for the name.
func (v *messageView) recordAsked() tea.Cmd {
	mark := v.asked
	v.asked = nil
	if mark == nil {
		return nil
	}
	return func() tea.Msg {
		if err := mark(); err != nil {
			return nameAskedMsg{err: err}
		}
		return nil
	}
}

// nameView draws the question for the name on one line, and what is
// wrong with the answer under it.
func (v *messageView) nameView(width int) string {
	st := v.sh.Styles
	out := v.name.View() + "\n"
	if v.nameErr != "" {
		out += st.Error.Render(kit.Truncate("✗ "+v.nameErr, width)) + "\n"
	}
	return out
}
