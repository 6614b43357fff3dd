// Package unlock is the screen that asks for the passphrase of an
// encrypted journal before the app opens it. What is typed is never shown,
// kept in a string, logged or traced; a wrong passphrase is asked again,
// and a journal that cannot be opened for another reason (damage, a
// restore under way) says why and lets the user leave.
package unlock

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Open tries a passphrase: it returns the journal unlocked with it, or why
// not (journal.EPassphrase for a passphrase that is not the journal's). It
// must not keep pass, which is cleared once it returns.
type Open func(pass []byte) (kit.Journal, error)

// UnlockedMsg reports that the journal was unlocked: the app goes on with
// it to the screen it was started for.
type UnlockedMsg struct {
	Journal kit.Journal
}

// triedMsg is the answer to one passphrase.
type triedMsg struct {
	journal kit.Journal
	err     error
}

// Screen asks for the passphrase.
type Screen struct {
	sh    *kit.Context
	keys  kit.UnlockKeys
	open  Open
	typed secret
	// unlocking is set while a passphrase is tried, which takes about half
	// a second.
	unlocking bool
	// wrong counts the passphrases that did not open the journal; hint
	// asks to type something before enter.
	wrong int
	hint  bool
	// busy is why the last try could not open the journal for now (it is
	// held by a long operation elsewhere): another try may.
	busy string
	// failed is why the journal cannot be opened, whatever is typed;
	// damaged is set when that is damage.
	failed  string
	damaged bool
}

// New builds the screen over the function that tries a passphrase.
func New(sh *kit.Context, open Open) *Screen {
	return &Screen{sh: sh, keys: kit.DefaultUnlockKeys(), open: open, typed: newSecret()}
}

// Init starts nothing: the screen waits for the passphrase.
func (s *Screen) Init() tea.Cmd { return nil }

// Update handles the keys, a paste, and the answer to a passphrase tried.
func (s *Screen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case triedMsg:
		return s.tried(msg)
	case tea.PasteMsg:
		if s.accepting() {
			s.typed.add(msg.Content)
			s.hint = false
		}
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return nil
}

// commandMods are the modifiers that make a key a command rather than
// text; shift and the lock keys still type.
const commandMods = tea.ModCtrl | tea.ModAlt | tea.ModMeta | tea.ModSuper | tea.ModHyper

// accepting reports whether typing goes into the passphrase.
func (s *Screen) accepting() bool { return !s.unlocking && s.failed == "" }

// Unlocking reports whether a passphrase is being tried, or was right and
// the journal is open: keys typed meanwhile are not for this screen.
func (s *Screen) Unlocking() bool { return s.unlocking }

func (s *Screen) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if key.Matches(k, s.keys.Quit) {
		s.typed.clear()
		return kit.Quit()
	}
	if !s.accepting() {
		return nil
	}
	switch {
	case key.Matches(k, s.keys.Unlock):
		return s.try()
	case key.Matches(k, s.keys.Clear):
		s.typed.clear()
	case k.Code == tea.KeyBackspace:
		s.typed.backspace()
	case k.Text != "" && k.Mod&commandMods == 0:
		s.typed.add(k.Text)
		s.hint = false
	}
	return nil
}

// try hands what was typed to Open in a command, and empties the input
// for the next try meanwhile.
func (s *Screen) try() tea.Cmd {
	if s.typed.empty() {
		s.hint = true
		return nil
	}
	pass := s.typed.bytes()
	s.typed.clear()
	s.unlocking, s.hint, s.busy = true, false, ""
	open := s.open
	return func() tea.Msg {
		defer clear(pass)
		j, err := open(pass)
		return triedMsg{journal: j, err: err}
	}
}

// tried goes on with the journal unlocked, or says why it was not. Once
// unlocked the screen stays Unlocking until the app takes its place.
func (s *Screen) tried(msg triedMsg) tea.Cmd {
	if msg.err == nil {
		j := msg.journal
		return func() tea.Msg { return UnlockedMsg{Journal: j} }
	}
	s.unlocking = false
	switch code := journal.ErrorCode(msg.err); {
	case code == journal.EPassphrase:
		s.wrong++
	case code == journal.ELocked:
		s.busy = journal.ErrorMessage(msg.err)
	default:
		s.failed, s.damaged = journal.ErrorMessage(msg.err), code == journal.ECorrupt
	}
	return nil
}
