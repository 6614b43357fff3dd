package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
)

// theme is the background the screens are drawn for.
type theme string

const (
	// themeAuto asks the terminal for its background, drawing for a dark
	// one until the answer comes (if it ever does).
	themeAuto  theme = "auto"
	themeDark  theme = "dark"
	themeLight theme = "light"
)

// themeNames are the themes as the flag, the environment and the config
// file take them, for completion and messages.
var themeNames = []string{string(themeLight), string(themeDark), string(themeAuto)}

// parseTheme reads a theme's name, ignoring case and spaces around it.
func parseTheme(s string) (theme, bool) {
	switch t := theme(strings.ToLower(strings.TrimSpace(s))); t {
	case themeAuto, themeDark, themeLight:
		return t, true
	}
	return "", false
}

// themeFlag is the value of --theme, checked as the flag is read.
type themeFlag struct{ t theme }

// String returns the theme given, "" when none was.
func (f *themeFlag) String() string { return string(f.t) }

// Set reads the flag's value.
func (f *themeFlag) Set(s string) error {
	t, ok := parseTheme(s)
	if !ok {
		return errors.New("use light, dark or auto")
	}
	f.t = t
	return nil
}

// Type names the flag's kind of value.
func (f *themeFlag) Type() string { return "theme" }

// addThemeFlag adds the global --theme flag.
func addThemeFlag(root *cobra.Command) {
	root.PersistentFlags().Var(&themeFlag{}, "theme", "light or dark background, or auto to ask the terminal (default: $DEBRIEF_THEME or the config file)")
}

// flagOrEnvTheme returns the theme --theme or DEBRIEF_THEME chooses, or ""
// when neither does and the config file decides (see readSettings): the
// theme is --theme, then DEBRIEF_THEME, then the config file's theme key,
// then auto. A bad value in the environment is an EInvalid error saying
// so.
func flagOrEnvTheme(cmd *cobra.Command, env Env) (theme, error) {
	if f := cmd.Flags().Lookup("theme"); f != nil && f.Changed {
		if tf, ok := f.Value.(*themeFlag); ok && tf.t != "" {
			return tf.t, nil
		}
	}
	if v := env.Getenv("DEBRIEF_THEME"); strings.TrimSpace(v) != "" {
		t, ok := parseTheme(v)
		if !ok {
			return "", journal.Errorf(journal.EInvalid, "DEBRIEF_THEME is %q; use light, dark or auto, or unset it.", v)
		}
		return t, nil
	}
	return "", nil
}

// themeOrAuto is the config file's theme, auto when it sets none.
func (c config) themeOrAuto() theme {
	if c.theme != "" {
		return c.theme
	}
	return themeAuto
}
