package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui"
)

// themeEnv is an environment holding the given variables and a config
// folder of its own, whose config.toml holds config (none when empty).
func themeEnv(t *testing.T, config string, vars map[string]string) Env {
	t.Helper()
	dir := t.TempDir()
	if config != "" {
		if err := os.MkdirAll(filepath.Join(dir, "debrief"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "debrief", "config.toml"), []byte(config), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return Env{Getenv: func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return dir
		}
		return vars[k]
	}}
}

func TestThemePrecedence(t *testing.T) {
	for _, tc := range []struct {
		name   string
		flag   string
		env    string
		config string
		want   theme
	}{
		{"nothing set", "", "", "", themeAuto},
		{"config", "", "", `theme = "light"`, themeLight},
		{"env over config", "", "dark", `theme = "light"`, themeDark},
		{"flag over env and config", "auto", "dark", `theme = "light"`, themeAuto},
		{"flag alone", "light", "", "", themeLight},
		{"env alone, any case", "", " Light ", "", themeLight},
		{"config without theme", "", "", "# nothing yet\n", themeAuto},
		{"config auto", "", "", `theme = "auto"`, themeAuto},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := themeEnv(t, tc.config, map[string]string{"DEBRIEF_THEME": tc.env})
			root := NewRoot(env)
			var args []string
			if tc.flag != "" {
				args = []string{"--theme", tc.flag}
			}
			if err := root.ParseFlags(args); err != nil {
				t.Fatal(err)
			}
			got, err := appTheme(root, env)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("theme %q, want %q", got, tc.want)
			}
		})
	}
}

func TestThemeFlagRefusesUnknownValue(t *testing.T) {
	root := NewRoot(themeEnv(t, "", nil))
	err := root.ParseFlags([]string{"--theme", "blue"})
	if err == nil || !strings.Contains(err.Error(), "light, dark or auto") {
		t.Fatalf("err = %v, want a refusal naming light, dark or auto", err)
	}
}

func TestThemeFromBadPlaces(t *testing.T) {
	t.Run("ErrEnv", func(t *testing.T) {
		env := themeEnv(t, `theme = "light"`, map[string]string{"DEBRIEF_THEME": "blue"})
		_, err := appTheme(NewRoot(env), env)
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), `DEBRIEF_THEME is "blue"`) {
			t.Fatalf("err = %v, want EInvalid naming DEBRIEF_THEME", err)
		}
	})
	t.Run("ErrConfig", func(t *testing.T) {
		env := themeEnv(t, "\ntheme = \"blue\"\n", nil)
		_, err := appTheme(NewRoot(env), env)
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), "config.toml, line 2:") {
			t.Fatalf("err = %v, want EInvalid naming config.toml's line 2", err)
		}
	})
	t.Run("ErrNotTOMLDespiteFlag", func(t *testing.T) {
		env := themeEnv(t, "theme = blue", nil)
		root := NewRoot(env)
		if err := root.ParseFlags([]string{"--theme=dark"}); err != nil {
			t.Fatal(err)
		}
		if _, err := appTheme(root, env); journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), "not valid TOML") {
			t.Fatalf("err = %v, want EInvalid saying the file is not TOML", err)
		}
	})
	for _, tc := range []struct {
		name string
		flag string
		vars map[string]string
		want theme
	}{
		{"FlagSparesBadConfigTheme", "light", nil, themeLight},
		{"EnvSparesBadConfigTheme", "", map[string]string{"DEBRIEF_THEME": "dark"}, themeDark},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := themeEnv(t, "name = \"Ada\"\ntheme = \"purple\"\n", tc.vars)
			root := NewRoot(env)
			if tc.flag != "" {
				if err := root.ParseFlags([]string{"--theme", tc.flag}); err != nil {
					t.Fatal(err)
				}
			}
			if got, err := appTheme(root, env); err != nil || got != tc.want {
				t.Fatalf("theme %q, %v; want %q", got, err, tc.want)
			}
			// The rest of the file is still read.
			o := ui.Options{}
			if err := readSettings(env, &o, false); err != nil || o.Sender.Name != "Ada" {
				t.Fatalf("sender %q, %v; want the file's name", o.Sender.Name, err)
			}
		})
	}
	t.Run("ErrOtherMistakeDespiteFlag", func(t *testing.T) {
		env := themeEnv(t, "theme = \"purple\"\ncolour = \"red\"\n", nil)
		root := NewRoot(env)
		if err := root.ParseFlags([]string{"--theme=dark"}); err != nil {
			t.Fatal(err)
		}
		if _, err := appTheme(root, env); journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), `line 2: unknown setting "colour"`) {
			t.Fatalf("err = %v, want EInvalid naming the unknown setting on line 2", err)
		}
	})
}

// appTheme settles the theme as the app does: --theme and DEBRIEF_THEME
// before the screens start, then the config file, read whichever chose the
// theme, as the journal opens.
func appTheme(cmd *cobra.Command, env Env) (theme, error) {
	t, err := flagOrEnvTheme(cmd, env)
	if err != nil {
		return "", err
	}
	o := ui.Options{QueryBackground: t == themeAuto || t == "", Light: t == themeLight}
	if err := readSettings(env, &o, t == ""); err != nil {
		return "", err
	}
	switch {
	case o.QueryBackground:
		return themeAuto, nil
	case o.Light:
		return themeLight, nil
	}
	return themeDark, nil
}
