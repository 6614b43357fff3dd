package cli

import (
	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/ui"
)

// runHome opens the home screen.
func runHome(cmd *cobra.Command, env Env) error {
	if !env.interactive() {
		return noTTYError{"debrief needs a terminal for its screens. Try 'debrief export' or 'debrief --help' for commands that print."}
	}
	return runApp(cmd, env, ui.Options{Start: ui.StartHome})
}

// runApp opens the journal and runs the screens, starting where opts says
// (its Start, Prefill and BrowseQuery); runApp fills in the rest.
func runApp(cmd *cobra.Command, env Env, opts ui.Options) error {
	ui.WarmTextWidths()
	trace, closeTrace, err := openTrace(env)
	if err != nil {
		return err
	}
	defer closeTrace()
	// The theme is settled before the journal opens: a mistake in the
	// config file changes nothing.
	theme, err := chosenTheme(cmd, env)
	if err != nil {
		return err
	}
	settings, err := readConfig(configPath(env))
	if err != nil {
		return err
	}
	opts.Now = env.Now
	// Only auto asks the terminal; the app draws at once either way and
	// restyles when the answer comes.
	opts.QueryBackground, opts.Light = theme == themeAuto, theme == themeLight
	opts.Getenv, opts.Trace = env.Getenv, trace
	opts.Templates, opts.Sender = userTemplates(env).Load, settings.sender()
	// A draft opened with no name set asks for one, once (see name_ask.go).
	opts.SaveName, opts.NameAsked = nameSaver(configPath(env)), nameAsker(env)
	opts.Report = errorLog(cmd, env).Report
	return runScreens(cmd, env, opts)
}
