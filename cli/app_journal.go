package cli

import (
	"errors"
	"sync"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui"
	"github.com/debrief-journal/debrief/ui/kit"
)

// unlockOnScreen reports whether the app asks for the passphrase of the
// journal at path on its unlock screen: the journal is encrypted and
// neither DEBRIEF_PASSPHRASE_FILE nor DEBRIEF_PASSPHRASE_COMMAND gives
// it. A journal busy in another debrief is that error, at once: opening
// it would wait as long again. One that cannot be looked at for another
// reason is opened as usual, which reports why.
func unlockOnScreen(env Env, path string) (bool, error) {
	if env.Getenv(envPassFile) != "" || env.Getenv(envPassCommand) != "" {
		return false, nil
	}
	sealed, err := store.IsEncrypted(path)
	if journal.ErrorCode(err) == journal.ELocked {
		return false, err
	}
	return err == nil && sealed, nil
}

// appJournal opens the journal for the app while its screens run, and
// closes it once they are gone. The screens start first and the journal
// opens behind them (ui.Options.Open), or once its passphrase is typed on
// the unlock screen (ui.Options.Unlock), so that starting the terminal and
// opening the journal overlap. Once open, it does what the app needs
// before its first screen: the session hold, then the editor's leftovers.
type appJournal struct {
	// mu is held while the journal opens, so that close waits for an
	// opening the screens left running as they closed.
	mu     sync.Mutex
	s      *store.Store
	closed bool
	// failed is why the journal could not be opened, other than a wrong
	// passphrase typed on the screen: runApp reports it once the screens
	// are gone.
	failed error
}

// take opens the journal with open, once. A wrong passphrase is a failure
// to report unless it was typed on the screen, which asks again.
func (a *appJournal) take(open func() (*store.Store, error), typed bool) (kit.Journal, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed || a.s != nil {
		return nil, journal.Errorf(journal.EInternal, "The app is closing; the journal was not opened.")
	}
	s, err := open()
	if err != nil {
		if !typed || journal.ErrorCode(err) != journal.EPassphrase {
			a.failed = err
		}
		return nil, err
	}
	// While the screens are open, a restore elsewhere must not swap the
	// journal from under them.
	if err := s.HoldSession(); err != nil {
		s.Close()
		a.failed = err
		return nil, err
	}
	// Text left in the editor folder by a debrief stopped while $EDITOR
	// was open is kept aside now, where 'debrief check' points to it.
	// Should it fail, the next start tries again.
	_ = ui.KeepEditorLeftovers()
	a.s, a.failed = s, nil
	return s, nil
}

// fail records why the app cannot start, to report once the screens are
// gone.
func (a *appJournal) fail(err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.failed = err
}

// close closes the journal once the screens are gone, after any opening
// still running, and returns why it could not be opened when it never was.
func (a *appJournal) close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	if a.s == nil {
		return a.failed
	}
	a.s.Close()
	return nil
}

// appUnlock opens an encrypted journal for the app with the passphrase
// typed on its unlock screen, doing what openJournal does for a journal
// opened with a passphrase file: the day's backup and the prompt's status.
type appUnlock struct {
	appJournal
	env  Env
	path string
}

// open is ui.Options.Unlock: the journal opened as openJournal opens it
// for the app, with the passphrase typed.
func (u *appUnlock) open(pass []byte) (kit.Journal, error) {
	return u.take(func() (*store.Store, error) {
		s, err := store.Open(u.path, store.Options{Passphrase: store.PassphraseOf(pass)})
		if err != nil {
			return nil, err
		}
		startOpened(u.env, s, u.path, appBackupDelay)
		return s, nil
	}, true)
}

// runScreens runs the screens with the journal opened behind them while
// the first frame is drawn, reading the config file (see readSettings) and
// the user's prompts before it, or once its passphrase is typed on the
// unlock screen. The journal is closed, and any reason it could not be
// opened returned, once the screens are gone.
func runScreens(cmd *cobra.Command, env Env, opts ui.Options, themeFromFile bool) (err error) {
	opts.Path = journalPath(cmd, env)
	u := &appUnlock{env: env, path: opts.Path}
	opts.Unlock = u.open
	opts.Open = func(o *ui.Options) error {
		err := readSettings(env, o, themeFromFile)
		if err == nil {
			o.Prompts, o.PromptsFile, err = loadPrompts()
		}
		onScreen := false
		if err == nil {
			onScreen, err = unlockOnScreen(env, o.Path)
		}
		if err != nil {
			u.fail(err)
			return err
		}
		if onScreen {
			return ui.ErrNeedsPassphrase
		}
		o.Journal, err = u.take(func() (*store.Store, error) { return openJournal(cmd, env, appBackupDelay) }, false)
		return err
	}
	defer func() {
		if cerr := u.close(); err == nil {
			err = cerr
		}
	}()
	err = ui.Run(cmd.Context(), opts, env.Stdin, env.Stdout)
	var sig *ui.SignalExit
	if errors.As(err, &sig) {
		// Ended by a signal, the draft saved: the code alone, no message
		// for a terminal that may be gone.
		return statusExit(sig.Code())
	}
	return err
}
