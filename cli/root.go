package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/statusfile"
)

// Execute builds the command tree, runs it with args, and returns the exit
// code.
func Execute(ctx context.Context, version string, args []string, env Env) int {
	// Started as a program, debrief has answered a prompt before this
	// (see package statusfile); this answers it in tests and other callers.
	if code, ok := statusfile.Answer(args, env.Getenv, env.Now, env.Stdout); ok {
		return code
	}
	env.status = &statusKeeper{env: env}
	defer env.status.flush()
	root := newRoot(env, !opensHome(args))
	root.SetArgs(args)
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.Version = version
	cmd, err := root.ExecuteContextC(ctx)
	if unexpected(err) {
		// Logged in full; the message says where (see package applog).
		err = errorLog(cmd, env).Report(err)
	}
	if err != nil {
		// A command that answers with its exit code alone has no message.
		if msg := message(err); msg != "" {
			// Messages can quote a path or a flag as typed: print them safely.
			fmt.Fprintln(env.Stderr, "debrief: "+safetext.Text(msg))
		}
		if ExitCode(err) == ExitUsage {
			fmt.Fprintln(env.Stderr, "Run 'debrief --help' for usage.")
		}
	}
	return ExitCode(err)
}

// NewRoot returns the debrief command with every subcommand.
func NewRoot(env Env) *cobra.Command { return newRoot(env, true) }

// newRoot returns the debrief command, with every subcommand when
// commands is set and as the home screen alone otherwise.
func newRoot(env Env, commands bool) *cobra.Command {
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
		// Completion saves nothing and must print nothing but candidates.
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if completing(cmd) {
				return nil
			}
			return checkClock(env)
		},
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE:          func(cmd *cobra.Command, _ []string) error { return runHome(cmd, env) },
	}
	root.PersistentFlags().String("db", "", "journal file (default $DEBRIEF_DB or $XDG_DATA_HOME/debrief/journal.db)")
	addThemeFlag(root)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	root.SetHelpFunc(showHelp)
	if !commands {
		markRuns(root)
		return root
	}
	root.AddCommand(newNewCmd(env), newExportCmd(env), newImportCmd(env), newPatternsCmd(env))
	root.AddCommand(newDemoCmd(env), newListCmd(env), newShowCmd(env))
	root.AddCommand(newReviewCmd(env))
	root.AddCommand(newBackupCmd(env), newRestoreCmd(env), newCheckCmd(env))
	root.AddCommand(newEncryptCmd(env), newDecryptCmd(env), newPassphraseCmd(env))
	root.AddCommand(newOutcomeCmd(env), newFollowUpsCmd(env), newFeedbackCmd(env))
	root.AddCommand(newManCmd(), newConfigCmd(env))
	root.AddCommand(newRemindCmd(env), newStatusCmd(env), newDrillCmd(env), newStoriesCmd(env), newPrepCmd(env))
	addCompletions(root, env)
	markRuns(root)
	return root
}
