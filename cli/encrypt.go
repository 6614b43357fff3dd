package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

func newEncryptCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "encrypt",
		Short: "Encrypt the journal with a passphrase",
		Long: `Encrypts the journal in place under a passphrase asked twice on the
terminal (or read from DEBRIEF_NEW_PASSPHRASE_FILE or
DEBRIEF_NEW_PASSPHRASE_COMMAND, or DEBRIEF_PASSPHRASE_FILE or
DEBRIEF_PASSPHRASE_COMMAND). Every answer, summary, draft and review is
sealed; from then on every command and the app ask for the passphrase.
With no journal yet, it starts an empty encrypted one.

The encrypted journal is written as a new file, checked and renamed into
place, so stopping it at any moment leaves the plain journal or the
encrypted one. A backup is taken first; it and the earlier backups in the
backups folder are encrypted too, and the plain files they replace are
overwritten with zeros. A forgotten passphrase cannot be recovered.`,
		Example: `  debrief encrypt
  DEBRIEF_NEW_PASSPHRASE_COMMAND='pass show debrief' debrief encrypt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := journalPath(cmd, env)
			rep, err := store.Encrypt(path, newPassphrase(env, true), env.Now())
			if err != nil {
				return err
			}
			if rep.Already {
				fmt.Fprintf(env.Stdout, "The journal at %s is encrypted already; nothing was changed. 'debrief passphrase' changes its passphrase.\n", safetext.Line(path))
				return nil
			}
			fmt.Fprintf(env.Stdout, "Encrypted the journal at %s.\n", safetext.Line(path))
			if n := len(rep.Sealed); n > 0 {
				fmt.Fprintf(env.Stdout, "Encrypted %d %s in the backups folder too.\n", n, plural(n, "backup", "backups"))
			}
			for _, p := range rep.Plain {
				fmt.Fprintf(env.Stderr, "warning: %s could not be encrypted (damaged, or open in another debrief) and can still be read; remove it once you no longer need it.\n", safetext.Line(p))
			}
			fmt.Fprintln(env.Stdout, "Keep the passphrase safe: without it, nothing in the journal can be read.")
			return nil
		},
	}
}

func newDecryptCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "decrypt",
		Short: "Turn an encrypted journal back into a plain one",
		Long: `Asks for the journal's passphrase and writes the journal back without
encryption, as a new file checked and renamed into place. The backup taken
first, and every earlier backup, stay encrypted under the passphrase they
were taken with.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := journalPath(cmd, env)
			backup, err := store.Decrypt(path, unlockOptions(env))
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "The journal at %s is no longer encrypted. The backup taken first, %s, is still encrypted.\n", safetext.Line(path), safetext.Line(backup))
			return nil
		},
	}
}

func newPassphraseCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "passphrase",
		Short: "Change the passphrase of an encrypted journal",
		Long: `Asks for the journal's passphrase, then for a new one twice (or reads it from
DEBRIEF_NEW_PASSPHRASE_FILE or DEBRIEF_NEW_PASSPHRASE_COMMAND), and seals
the journal's key under the new one. The records are not encrypted again,
so this is quick. Backups keep the passphrase they were taken with,
including the one taken first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := journalPath(cmd, env)
			backup, err := store.ChangePassphrase(path, unlockOptions(env), newPassphrase(env, false))
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "Changed the passphrase of the journal at %s. The backup taken first, %s, opens with the old one.\n", safetext.Line(path), safetext.Line(backup))
			return nil
		},
	}
}
