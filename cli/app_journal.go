package cli

import (
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui"
	"github.com/debrief-journal/debrief/ui/kit"
)

// unlockOnScreen reports whether the app asks for the passphrase of the
// journal at path on its unlock screen: the journal is encrypted and
// neither DEBRIEF_PASSPHRASE_FILE nor DEBRIEF_PASSPHRASE_COMMAND gives
// it. A journal that cannot be looked at now is opened as usual, which
// reports why.
func unlockOnScreen(env Env, path string) bool {
	if env.Getenv(envPassFile) != "" || env.Getenv(envPassCommand) != "" {
		return false
	}
	sealed, err := store.IsEncrypted(path)
	return err == nil && sealed
}

// appUnlock opens an encrypted journal for the app with the passphrase
// typed on its unlock screen, doing what openJournal and runApp do for a
// journal opened before the screens start, in the same order: the day's
// backup, the prompt's status, the session hold, the editor's leftovers.
type appUnlock struct {
	env  Env
	path string

	// mu is held while a passphrase is tried, so that close waits for a
	// try the screens left running as they closed.
	mu     sync.Mutex
	s      *store.Store
	closed bool
	// failed is why the journal could not be opened, other than a wrong
	// passphrase: runApp reports it once the screens are gone.
	failed error
}

// open is ui.Options.Unlock.
func (u *appUnlock) open(pass []byte) (kit.Journal, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.closed || u.s != nil {
		return nil, journal.Errorf(journal.EInternal, "The app is closing; the journal was not opened.")
	}
	s, err := store.Open(u.path, store.Options{Passphrase: store.PassphraseOf(pass)})
	if err != nil {
		if journal.ErrorCode(err) != journal.EPassphrase {
			u.failed = err
		}
		return nil, err
	}
	s.Now = u.env.Now
	s.StartDailyBackup(appBackupDelay, nil)
	u.env.status.watch(s, u.path, time.Second)
	if err := s.HoldSession(); err != nil {
		s.Close()
		u.failed = err
		return nil, err
	}
	_ = ui.RemoveEditorLeftovers()
	u.s, u.failed = s, nil
	return s, nil
}

// close closes the journal once the screens are gone, after any try still
// running, and returns why it could not be opened when it never was.
func (u *appUnlock) close() error {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.closed = true
	if u.s == nil {
		return u.failed
	}
	u.s.Close()
	return nil
}

// runUnlocking runs the screens starting on the unlock screen.
func runUnlocking(cmd *cobra.Command, env Env, opts ui.Options) (err error) {
	u := &appUnlock{env: env, path: opts.Path}
	opts.Unlock = u.open
	defer func() {
		if cerr := u.close(); err == nil {
			err = cerr
		}
	}()
	return ui.Run(cmd.Context(), opts, env.Stdin, env.Stdout)
}
