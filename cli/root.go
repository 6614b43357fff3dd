package cli

import (
	"context"
	"fmt"
	"io"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/safetext"
)

// Execute builds the command tree, runs it with args, and returns the exit
// code.
func Execute(ctx context.Context, version string, args []string, env Env) int {
	root := NewRoot(env)
	root.SetArgs(args)
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	opts := []fang.Option{fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
		// Messages can quote a path or a flag as typed: print them safely.
		fmt.Fprintln(w, "debrief: "+safetext.Text(message(err)))
		if ExitCode(err) == ExitUsage {
			fmt.Fprintln(w, "Run 'debrief --help' for usage.")
		}
	})}
	if version != "" {
		opts = append(opts, fang.WithVersion(version))
	}
	return ExitCode(fang.Execute(ctx, root, opts...))
}

// NewRoot returns the debrief command with every subcommand.
func NewRoot(env Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "debrief",
		Short: "Reflect on a job interview while it is fresh, and learn from every one",
		Long: `debrief walks you through a short, honest reflection right after a job
interview and keeps it in a private journal on this computer. It plans the
follow-ups worth sending, lets you read past reflections, and shows what keeps
coming up across interviews.

Run it with no command to open the home screen.`,
		Args: cobra.NoArgs,
		// Every command dates what it saves by the clock; check it first.
		PersistentPreRunE: func(*cobra.Command, []string) error { return checkClock(env) },
		RunE:              func(cmd *cobra.Command, _ []string) error { return runHome(cmd, env) },
	}
	root.PersistentFlags().String("db", "", "journal file (default $DEBRIEF_DB or $XDG_DATA_HOME/debrief/journal.db)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	root.AddCommand(newNewCmd(env), newExportCmd(env), newImportCmd(env), newPatternsCmd(env))
	root.AddCommand(newDemoCmd(env), newListCmd(env), newShowCmd(env))
	root.AddCommand(newReviewCmd(env))
	root.AddCommand(newBackupCmd(env), newRestoreCmd(env), newCheckCmd(env))
	root.AddCommand(newOutcomeCmd(env), newFollowUpsCmd(env), newFeedbackCmd(env))
	return root
}
