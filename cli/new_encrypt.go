package cli

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// encryptNewJournal makes the journal of new --encrypt encrypted before
// anything is written to it: a journal that does not exist yet, or one with
// nothing in it, is encrypted; one encrypted already is left as it is; a
// plain journal that holds anything is refused, since 'debrief encrypt' is
// the command that encrypts what is already there.
func encryptNewJournal(cmd *cobra.Command, env Env) error {
	path := journalPath(cmd, env)
	if _, err := os.Stat(path); err == nil {
		s, err := store.Open(path, store.Options{ReadOnly: true})
		if journal.ErrorCode(err) == journal.ESealed {
			return nil
		}
		if err != nil {
			return err
		}
		err = refuseNonEmpty(s)
		s.Close()
		if journal.ErrorCode(err) == journal.EConflict {
			return usageError{"--encrypt starts a new journal encrypted, and this one already holds entries. 'debrief encrypt' encrypts it as it is."}
		}
		if err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return journal.Errorf(journal.EInternal, "The journal at %s cannot be read.", path)
	}
	_, err := store.Encrypt(path, newPassphrase(env, true), env.Now())
	return err
}
