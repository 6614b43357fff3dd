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
	// --theme and DEBRIEF_THEME are settled before the screens start; the
	// config file is read behind the first frame, before the journal
	// opens (see readSettings), so a mistake in it still changes nothing.
	theme, err := flagOrEnvTheme(cmd, env)
	if err != nil {
		return err
	}
	opts.Now, opts.Getenv, opts.Trace = env.Now, env.Getenv, trace
	// Only auto asks the terminal; the app draws at once either way and
	// restyles when the answer comes. A theme the config file may choose
	// is auto until the file is read.
	opts.QueryBackground, opts.Light = theme == themeAuto || theme == "", theme == themeLight
	opts.Templates = userTemplates(env).Load
	opts.Report = errorLog(cmd, env).Report
	return runScreens(cmd, env, opts, theme == "")
}

// readSettings reads the config file into o: the sender of drafted
// messages, how a missing name is asked for and saved, and, when neither
// --theme nor DEBRIEF_THEME chose one (themeFromFile), the theme. When one
// of them did, the file's theme is not read at all, so a mistake in it does
// not keep the screens from opening; the file's other mistakes still do.
func readSettings(env Env, o *ui.Options, themeFromFile bool) error {
	skip := ""
	if !themeFromFile {
		skip = "theme"
	}
	settings, err := readConfigExcept(configPath(env), skip)
	if err != nil {
		return err
	}
	if t := settings.themeOrAuto(); themeFromFile && t != themeAuto {
		o.QueryBackground, o.Light = false, t == themeLight
	}
	o.Sender = settings.sender()
	// A draft opened with no name set asks for one, once (see name_ask.go).
	o.SaveName, o.NameAsked = nameSaver(configPath(env)), nameAsker(env)
	return nil
}
