package cli

import (
	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui"
)

// runHome opens the home screen.
func runHome(cmd *cobra.Command, env Env) error {
	if !env.interactive() {
		return noTTYError{"debrief needs a terminal for its screens. Try 'debrief export' or 'debrief --help' for commands that print."}
	}
	return runApp(cmd, env, ui.StartHome, journal.Interview{})
}

// runApp opens the journal and runs the screens.
func runApp(cmd *cobra.Command, env Env, start ui.Start, prefill journal.Interview) error {
	set, err := loadPrompts()
	if err != nil {
		return err
	}
	trace, closeTrace, err := openTrace(env)
	if err != nil {
		return err
	}
	defer closeTrace()
	s, err := openStore(cmd, env)
	if err != nil {
		return err
	}
	defer s.Close()
	return ui.Run(cmd.Context(), ui.Options{
		Journal: s, Path: s.Path(), Prompts: set, Now: env.Now, Start: start,
		Prefill: prefill, QueryBackground: true, Getenv: env.Getenv, Trace: trace,
		Templates: userTemplates(env).Load,
	}, env.Stdin, env.Stdout)
}
