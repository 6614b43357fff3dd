package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

func newCheckCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check that the journal is whole and every entry reads back",
		Long: `Runs bbolt's own consistency check on the journal file, then reads every
interview, summary, draft and weekly review and holds it to the journal's
rules, and compares the index of follow-ups with the interviews. Each problem
is printed with the entry it concerns, and the exit code is 4 when there is
one. Nothing is changed.

It works while debrief is open in another terminal: it checks everything
saved so far, and that debrief waits for it before its next save.`,
		Example: `  debrief check
  debrief check --db ~/backups/journal-2026-03-14.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := journalPath(cmd, env)
			rep, err := store.CheckFile(path, unlockOptions(env))
			if err != nil {
				return err
			}
			noteKeptEditorFiles(env.Stdout)
			for _, p := range rep.Problems {
				fmt.Fprintln(env.Stdout, "problem: "+safetext.Line(p.String()))
			}
			if !rep.OK() {
				return journal.Errorf(journal.ECorrupt, "%s: %d %s found. Restore a backup with 'debrief restore' (see 'debrief backup --list'), or write out everything that still reads with 'debrief export --skip-damaged'.",
					path, len(rep.Problems), plural(len(rep.Problems), "problem", "problems"))
			}
			fmt.Fprintf(env.Stdout, "ok: %d %s, %d %s, %d %s checked\n",
				rep.Interviews, plural(rep.Interviews, "interview", "interviews"),
				rep.Reviews, plural(rep.Reviews, "review", "reviews"),
				rep.Drafts, plural(rep.Drafts, "draft", "drafts"))
			return nil
		},
	}
}

// plural picks the word that goes with n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
