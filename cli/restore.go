package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

func newRestoreCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "restore FILE",
		Short: "Replace the journal with a backup, keeping the current one beside it",
		Long: `Checks the backup FILE through and through first (the file's structure, and
every entry read back and held to the journal's rules) and refuses it, with
nothing changed, if anything is wrong. Then it takes the journal's place in
one step. The journal it replaces is kept beside it as
journal.db.replaced-<date and time>, so a restore can itself be undone.
When the journal (--db) is a symbolic link, the file it leads to is the one
replaced (and kept beside itself), and the link stays a link.

Close debrief everywhere first: a journal that is open is not replaced.`,
		Example: `  debrief backup --list
  debrief restore ~/.local/share/debrief/backups/journal-daily-2026-03-14.db`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{"restore takes one backup file"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			path := journalPath(cmd, env)
			backup := expandHome(args[0], env)
			wasSealed, _ := store.IsEncrypted(path)
			rep, err := store.Restore(path, backup, env.Now(), unlockOptions(env))
			for _, p := range rep.Check.Problems {
				fmt.Fprintln(env.Stderr, "problem: "+safetext.Line(p.String()))
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "Restored %s: %d %s, %d %s, %d %s.\n", safetext.Line(backup),
				rep.Check.Interviews, plural(rep.Check.Interviews, "interview", "interviews"),
				rep.Check.Reviews, plural(rep.Check.Reviews, "review", "reviews"),
				rep.Check.Drafts, plural(rep.Check.Drafts, "draft", "drafts"))
			if rep.Replaced != "" {
				fmt.Fprintf(env.Stdout, "The journal it replaced is kept at %s.\n", safetext.Line(rep.Replaced))
			}
			if sealed, _ := store.IsEncrypted(path); wasSealed && !sealed {
				fmt.Fprintln(env.Stderr, "warning: the backup was not encrypted, so the journal no longer is; 'debrief encrypt' encrypts it again.")
			}
			restoredStatus(env, path)
			return nil
		},
	}
}
