package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// cfgRun runs debrief with the configuration folder config.
func cfgRun(t *testing.T, config, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return fuRun(t, filepath.Join(t.TempDir(), "none.db"), fuNow, config, stdin, args...)
}

// cfgFile is the config file in the configuration folder config.
func cfgFile(config string) string { return filepath.Join(config, "debrief", "config.toml") }

// cfgWrite writes the config file with text.
func cfgWrite(t *testing.T, config, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(config, "debrief"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgFile(config), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// cfgRead returns the config file's text.
func cfgRead(t *testing.T, config string) string {
	t.Helper()
	data, err := os.ReadFile(cfgFile(config))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestConfigCommandRoundTrip(t *testing.T) {
	config := t.TempDir()
	cfgWrite(t, config, "# my settings\n\ntheme = \"dark\" # for my terminal\nname = \"Bob\" # me\n\n# the end\n")

	ok := func(stdin string, args ...string) string {
		t.Helper()
		out, errOut, code := cfgRun(t, config, stdin, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out
	}
	ok("", "config", "set", "name", `Ada "Countess" Lovelace`)
	ok("Analytical Engines Ltd\r\n+44 20 7946 0000\n\n", "config", "set", "signature", "-")
	if got := ok("", "config", "get", "name"); got != "Ada \"Countess\" Lovelace\n" {
		t.Errorf("get name = %q", got)
	}
	if got := ok("", "config", "get", "signature"); got != "Analytical Engines Ltd\n+44 20 7946 0000\n" {
		t.Errorf("get signature = %q", got)
	}
	if got := ok("", "config", "get", "theme"); got != "dark\n" {
		t.Errorf("get theme = %q", got)
	}
	want := "# my settings\n\ntheme = \"dark\" # for my terminal\nname = \"Ada \\\"Countess\\\" Lovelace\" # me\n\n# the end\n" +
		"signature = \"\"\"\nAnalytical Engines Ltd\n+44 20 7946 0000\"\"\"\n"
	if got := cfgRead(t, config); got != want {
		t.Errorf("the file reads\n%s\nwant, with its comments kept,\n%s", got, want)
	}

	shown := ok("", "config")
	for _, part := range []string{cfgFile(config), "name       Ada \"Countess\" Lovelace", "signature  Analytical Engines Ltd\n             +44 20 7946 0000", "theme      dark"} {
		if !strings.Contains(shown, part) {
			t.Errorf("config shows\n%s\nwithout %q", shown, part)
		}
	}

	// Changing a multi-line value replaces all its lines.
	ok("", "config", "set", "signature", "Engineer")
	if got := cfgRead(t, config); !strings.HasSuffix(got, "# the end\nsignature = \"Engineer\"\n") || strings.Contains(got, "Analytical") {
		t.Errorf("after a new signature the file reads\n%s", got)
	}
	if got := ok("", "config", "unset", "signature"); !strings.Contains(got, "Removed signature") {
		t.Errorf("unset said %q", got)
	}
	if got := ok("", "config", "unset", "signature"); !strings.Contains(got, "was not set") {
		t.Errorf("a second unset said %q", got)
	}
	if _, errOut, code := cfgRun(t, config, "", "config", "get", "signature"); code != cli.ExitNotFound || !strings.Contains(errOut, "signature is not set") {
		t.Errorf("get of an unset key: exit %d: %s", code, errOut)
	}
	ok("", "config", "unset", "theme")
	if got, want := cfgRead(t, config), "# my settings\n\nname = \"Ada \\\"Countess\\\" Lovelace\" # me\n\n# the end\n"; got != want {
		t.Errorf("after unset the file reads\n%q\nwant\n%q", got, want)
	}
	if shown := ok("", "config"); !strings.Contains(shown, "theme      (not set, so auto)") {
		t.Errorf("config shows\n%s", shown)
	}
}

func TestConfigCommandFileModes(t *testing.T) {
	t.Run("New", func(t *testing.T) {
		config := filepath.Join(t.TempDir(), "fresh")
		if out, errOut, code := cfgRun(t, config, "", "config"); code != 0 || !strings.Contains(out, "not written yet") {
			t.Fatalf("config without a file: exit %d: %s%s", code, out, errOut)
		}
		if _, errOut, code := cfgRun(t, config, "", "config", "set", "name", "Ada Lovelace"); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for path, want := range map[string]os.FileMode{filepath.Join(config, "debrief"): 0o700, cfgFile(config): 0o600} {
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != want {
				t.Errorf("%s has mode %o, want %o", path, got, want)
			}
		}
		if got := cfgRead(t, config); got != "name = \"Ada Lovelace\"\n" {
			t.Errorf("the new file reads %q", got)
		}
		entries, _ := os.ReadDir(filepath.Join(config, "debrief"))
		if len(entries) != 1 {
			t.Errorf("the folder holds %d entries, want the config file alone", len(entries))
		}
	})
	t.Run("Loose", func(t *testing.T) {
		config := t.TempDir()
		cfgWrite(t, config, "theme = \"dark\"")
		if err := os.Chmod(cfgFile(config), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, errOut, code := cfgRun(t, config, "", "config", "set", "name", "Ada"); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		fi, err := os.Stat(cfgFile(config))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("rewritten file: %v, %v; want mode 600", fi.Mode(), err)
		}
		if got := cfgRead(t, config); got != "theme = \"dark\"\nname = \"Ada\"\n" {
			t.Errorf("the file reads %q", got)
		}
	})
	t.Run("Link", func(t *testing.T) {
		config, dotfiles := t.TempDir(), t.TempDir()
		real := filepath.Join(dotfiles, "debrief.toml")
		if err := os.WriteFile(real, []byte("theme = \"light\"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(config, "debrief"), 0o700)
		if err := os.Symlink(real, cfgFile(config)); err != nil {
			t.Skip(err)
		}
		if _, errOut, code := cfgRun(t, config, "", "config", "set", "name", "Ada"); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if fi, err := os.Lstat(cfgFile(config)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatal("the link was replaced by a file")
		}
		if data, _ := os.ReadFile(real); string(data) != "theme = \"light\"\nname = \"Ada\"\n" {
			t.Errorf("the linked file reads %q", data)
		}
	})
}

func TestConfigCommandRefuses(t *testing.T) {
	const before = "# mine\ntheme = \"dark\"\nname = \"Ada\"\n"
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		say   string
	}{
		{"UnknownSet", "", []string{"set", "nmae", "Ada"}, cli.ExitUsage, `unknown setting "nmae"; the settings are name, remind_at, signature, theme`},
		{"UnknownGet", "", []string{"get", "email"}, cli.ExitUsage, "the settings are name, remind_at, signature, theme"},
		{"UnknownUnset", "", []string{"unset", "email"}, cli.ExitUsage, "the settings are name, remind_at, signature, theme"},
		{"NoValue", "", []string{"set", "name"}, cli.ExitUsage, "debrief config set KEY VALUE"},
		{"TooMany", "", []string{"set", "name", "Ada", "Lovelace"}, cli.ExitUsage, "debrief config set KEY VALUE"},
		{"NoCommand", "", []string{"show"}, cli.ExitUsage, "use get, set or unset"},
		{"EmptyName", "", []string{"set", "name", "  "}, cli.ExitInvalid, "to remove it, run: debrief config unset name"},
		{"NameTab", "", []string{"set", "name", "Ada\tLovelace"}, cli.ExitInvalid, "the name holds a tab"},
		{"NameEscape", "", []string{"set", "name", "Ada\x1b]0;pwned\x07"}, cli.ExitInvalid, "control character (U+001B)"},
		{"NameLong", "", []string{"set", "name", strings.Repeat("A", 71)}, cli.ExitInvalid, "the name is 71 characters long; keep it to 70"},
		{"NameLines", "", []string{"set", "name", "Ada\nLovelace"}, cli.ExitInvalid, "the name must be on one line"},
		{"SignatureLines", "1\n2\n3\n4\n5\n6\n7\n", []string{"set", "signature", "-"}, cli.ExitInvalid, "the signature has 7 lines; keep it to 6"},
		{"SignatureWide", "", []string{"set", "signature", "ok\n" + strings.Repeat("w", 79)}, cli.ExitInvalid, "(its line 2) is 79 characters long"},
		{"Theme", "", []string{"set", "theme", "blue"}, cli.ExitInvalid, `"blue" is not a theme`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			config := t.TempDir()
			cfgWrite(t, config, before)
			_, errOut, code := cfgRun(t, config, tc.stdin, append([]string{"config"}, tc.args...)...)
			if code != tc.code || !strings.Contains(errOut, tc.say) {
				t.Fatalf("exit %d, %q; want exit %d saying %q", code, errOut, tc.code, tc.say)
			}
			if got := cfgRead(t, config); got != before {
				t.Fatalf("the file changed to %q", got)
			}
		})
	}
}

func TestConfigCommandBadFile(t *testing.T) {
	config := t.TempDir()
	const bad = "name = \"Ada\"\n\ntheme = \"blue\"\n"
	cfgWrite(t, config, bad)
	for _, args := range [][]string{{"config"}, {"config", "get", "name"}, {"config", "set", "name", "Bob"}} {
		_, errOut, code := cfgRun(t, config, "", args...)
		if code != cli.ExitInvalid || !strings.Contains(errOut, cfgFile(config)+", line 3:") {
			t.Errorf("%v: exit %d: %s; want exit 5 naming line 3", args, code, errOut)
		}
	}
	if got := cfgRead(t, config); got != bad {
		t.Fatalf("the file changed to %q", got)
	}
	// The bad value itself can be put right, or removed.
	if _, errOut, code := cfgRun(t, config, "", "config", "set", "theme", "Light"); code != 0 {
		t.Fatalf("setting the bad key: exit %d: %s", code, errOut)
	}
	if got := cfgRead(t, config); got != "name = \"Ada\"\n\ntheme = \"light\"\n" {
		t.Fatalf("the file reads %q", got)
	}
}

func TestFollowUpDraftSigned(t *testing.T) {
	db := seedJournal(t, fuInterview("Acme", journal.DateOf(fuNow).AddDays(-1)))
	config := t.TempDir()
	draft := func() (string, string) {
		t.Helper()
		out, errOut, code := fuRun(t, db, fuNow, config, "", "followups", "draft", "1/thank_you")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		return out, errOut
	}

	out, errOut := draft()
	if !strings.HasSuffix(out, "\nBest regards,\n[your name]\n") {
		t.Errorf("without a name the draft ends\n%s", out)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, `debrief config set name "`) {
		t.Errorf("without a name the hint on standard error is %q", errOut)
	}

	cfgWrite(t, config, "name = \"Ada Lovelace\"\nsignature = \"\"\"\nAnalytical Engines Ltd\n+44 20 7946 0000\n\"\"\"\n")
	out, errOut = draft()
	if !strings.HasSuffix(out, "\nBest regards,\nAda Lovelace\nAnalytical Engines Ltd\n+44 20 7946 0000\n") {
		t.Errorf("the signed draft ends\n%s", out)
	}
	if errOut != "" || strings.Contains(out, journal.PlaceholderName) {
		t.Errorf("a named draft still hints: %q", errOut)
	}

	cfgWrite(t, config, "name = \"Ada\\u0007\"\n")
	if _, errOut, code := fuRun(t, db, fuNow, config, "", "followups", "draft", "1/thank_you"); code != cli.ExitInvalid || !strings.Contains(errOut, "line 1: the name holds a control character") {
		t.Errorf("a bad name in the file: exit %d: %s", code, errOut)
	}
}
