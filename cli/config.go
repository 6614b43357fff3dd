package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// configOrder is the settings in the order they are shown; the help of
// 'debrief config' says what each is for.
var configOrder = []string{"name", "signature", "theme", "remind_at"}

// maxConfigValueBytes bounds a value read from standard input: the longest
// setting is a signature of a few short lines.
const maxConfigValueBytes = 4 << 10

func newConfigCmd(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change your settings: your name, signature, theme and reminder time",
		Long: `Shows your settings and the file they are kept in,
$XDG_CONFIG_HOME/debrief/config.toml (~/.config/debrief/config.toml on
Linux). The settings are:

  name       your name, under the sign-off of every drafted message
  signature  optional lines under your name (at most 6 lines of 78
             characters), such as a title, a phone number or a link
  theme      light, dark or auto: the background the screens are drawn for
  remind_at  the time of day (HH:MM) of the daily reminder that 'debrief
             remind --install' sets up, and of the alarms in the calendar
             of 'debrief followups --ics' (default 09:00)

'set' and 'unset' rewrite only that setting in the file: your other
settings, comments and blank lines stay as you wrote them. The file is
written whole or not at all, readable by you alone. You can also edit it by
hand; it is TOML, such as name = "Ada Lovelace".`,
		Example: `  debrief config
  debrief config set name "Ada Lovelace"
  debrief config set signature "Analytical Engines Ltd
  +44 20 7946 0000"
  debrief config set signature - < signature.txt
  debrief config get name
  debrief config unset signature`,
		Args: noConfigArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := configPath(env)
			c, err := readConfig(path)
			if err != nil {
				return err
			}
			return printConfig(env.Stdout, path, c)
		},
	}
	cmd.AddCommand(newConfigGetCmd(env), newConfigSetCmd(env), newConfigUnsetCmd(env))
	return cmd
}

func newConfigGetCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "get KEY",
		Short: "Print one setting's value",
		Long: `Prints the value of one setting: name, signature, theme or remind_at. A setting that
is not set prints nothing and exits with code 6.`,
		Example:           "  debrief config get name",
		Args:              configKeyArgs(1),
		ValidArgsFunction: completeConfigArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			key := args[0]
			c, err := readConfig(configPath(env))
			if err != nil {
				return err
			}
			v := c.value(key)
			if v == "" {
				return journal.Errorf(journal.ENotFound, "%s is not set; set it with: debrief config set %s VALUE", key, key)
			}
			_, err = fmt.Fprintln(env.Stdout, safetext.Text(v))
			return err
		},
	}
}

func newConfigSetCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Set one setting, keeping the rest of the file as it is",
		Long: `Sets one setting: name, signature, theme or remind_at. The value is checked before
anything is written: a name is one line of at most 70 characters, a
signature at most 6 lines of 78 characters, and neither may hold control
characters such as tabs. A VALUE of - reads the value from standard input,
which suits a signature of several lines.`,
		Example: `  debrief config set name "Ada Lovelace"
  debrief config set signature - < signature.txt
  debrief config set theme light`,
		Args:              configKeyArgs(2),
		ValidArgsFunction: completeConfigArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, value := args[0], args[1]
			if value == "-" {
				var err error
				if value, err = readConfigValue(env.Stdin); err != nil {
					return err
				}
			}
			path := configPath(env)
			if err := setConfig(path, key, value); err != nil {
				return err
			}
			_, err := fmt.Fprintf(env.Stdout, "Set %s in %s.\n", key, safetext.Line(path))
			return err
		},
	}
}

func newConfigUnsetCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:               "unset KEY",
		Short:             "Remove one setting from the file",
		Long:              `Removes one setting from the config file, so its default applies again.`,
		Example:           "  debrief config unset signature",
		Args:              configKeyArgs(1),
		ValidArgsFunction: completeConfigArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			key := args[0]
			path := configPath(env)
			changed, err := changeConfig(path, key, nil)
			if err != nil {
				return err
			}
			msg := fmt.Sprintf("Removed %s from %s.", key, safetext.Line(path))
			if !changed {
				msg = key + " was not set; nothing was changed."
			}
			_, err = fmt.Fprintln(env.Stdout, msg)
			return err
		},
	}
}

// printConfig shows every setting, and where the file is.
func printConfig(w io.Writer, path string, c config) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Settings in %s", safetext.Line(path))
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		b.WriteString(" (not written yet; 'debrief config set' creates it)")
	}
	b.WriteString(":\n\n")
	for _, key := range configOrder {
		v := c.value(key)
		if v == "" {
			switch key {
			case "name":
				v = "(not set, so drafts are signed " + journal.PlaceholderName + ")"
			case "theme":
				v = "(not set, so auto)"
			default:
				v = "(not set)"
			}
		}
		lines := strings.Split(safetext.Text(v), "\n")
		fmt.Fprintf(&b, "  %-10s %s\n", key, lines[0])
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "  %-10s %s\n", "", l)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// readConfigValue reads a value from standard input, without the line
// breaks at its end.
func readConfigValue(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxConfigValueBytes+1))
	if err != nil {
		return "", journal.Errorf(journal.EInvalid, "the value could not be read from standard input")
	}
	if len(data) > maxConfigValueBytes {
		return "", journal.Errorf(journal.EInvalid, "the value on standard input is longer than %d bytes; a setting is a few short lines", maxConfigValueBytes)
	}
	return strings.TrimRight(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n"), nil
}

// noConfigArgs refuses arguments to 'debrief config' itself, pointing at
// its subcommands.
func noConfigArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("unknown config command %q; use get, set or unset", args[0])}
	}
	return nil
}

// configKeyArgs checks that a command got n arguments, the first a known
// setting.
func configKeyArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			if _, ok := configKeys[args[0]]; !ok {
				return usageError{fmt.Sprintf("unknown setting %q; the settings are %s", args[0], configKeyList())}
			}
		}
		if len(args) != n {
			return usageError{"usage: debrief config " + cmd.Use}
		}
		return nil
	}
}

// completeConfigArgs completes the setting's name, then a theme.
func completeConfigArgs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	switch {
	case len(args) == 0:
		return withPrefix(configOrder, toComplete), cobra.ShellCompDirectiveNoFileComp
	case cmd.Name() == "set" && len(args) == 1 && args[0] == "theme":
		return withPrefix(themeNames, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
	return nil, cobra.ShellCompDirectiveNoFileComp
}
