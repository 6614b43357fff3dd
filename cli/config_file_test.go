package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadConfig(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c, err := readConfig(writeConfig(t, "# my settings\n\ntheme = \"dark\" # for my terminal\n"))
		if err != nil || c.theme != themeDark {
			t.Fatalf("config %+v, %v; want the dark theme", c, err)
		}
	})
	t.Run("Sender", func(t *testing.T) {
		c, err := readConfig(writeConfig(t, "name = \"  Ada Lovelace \"\nsignature = \"\"\"\r\nEngineer\r\nLondon\r\n\"\"\"\n"))
		if err != nil || c.name != "Ada Lovelace" || c.signature != "Engineer\nLondon" {
			t.Fatalf("config %+v, %v; want the name and the signature's two lines", c, err)
		}
	})
	t.Run("Missing", func(t *testing.T) {
		c, err := readConfig(filepath.Join(t.TempDir(), "config.toml"))
		if err != nil || c != (config{}) {
			t.Fatalf("config %+v, %v; want no settings and no error", c, err)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		c, err := readConfig(writeConfig(t, ""))
		if err != nil || c != (config{}) {
			t.Fatalf("config %+v, %v; want no settings and no error", c, err)
		}
	})
}

func TestReadConfigNamesTheLine(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"ErrValue", "# colours\ntheme = \"blue\"\n", `line 2: "blue" is not a theme; use light, dark or auto.`},
		{"ErrType", "\n\ntheme = 3\n", "line 3: theme must be text in quotes, such as theme = \"dark\"."},
		{"ErrUnknown", "theme = \"dark\"\nnmae = \"Ana\"\n", `line 2: unknown setting "nmae"; the settings are name, remind_at, signature, theme.`},
		{"ErrTable", "theme = \"dark\"\n\n[colours]\naccent = \"red\"\n", `line 3: unknown setting "colours"`},
		{"ErrDotted", "\ncolours.accent = \"red\"\n", `line 2: unknown setting "colours"`},
		{"ErrSyntax", "theme = \"dark\"\ntheme dark\n", "line 2: this is not valid TOML"},
		{"ErrTwice", "theme = \"dark\"\ntheme = \"light\"\n", "line 2: this is not valid TOML"},
		{"ErrUnquoted", "theme = dark\n", "line 1: this is not valid TOML"},
		{"ErrNameControl", "theme = \"dark\"\n\nname = \"Ada\\u001b[31m\"\n", "line 3: the name holds a control character (U+001B), which cannot be printed in a message; remove it."},
		{"ErrNameLong", "name = \"" + strings.Repeat("n", 71) + "\"\n", "line 1: the name is 71 characters long; keep it to 70."},
		{"ErrNameLines", "# me\nname = \"\"\"\nAda\nLovelace\"\"\"\n", "line 2: the name must be on one line."},
		{"ErrNameType", "name = [\"Ada\"]\n", "line 1: name must be text in quotes"},
		{"ErrSignatureLines", "name = \"Ada\"\nsignature = \"\"\"\n1\n2\n3\n4\n5\n6\n7\"\"\"\n", "line 2: the signature has 7 lines; keep it to 6."},
		{"ErrSignatureTab", "signature = \"\"\"\nEngineer\n\tLondon\"\"\"\n", "line 1: the signature (its line 2) holds a tab"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeConfig(t, tc.text)
			_, err := readConfig(path)
			if journal.ErrorCode(err) != journal.EInvalid {
				t.Fatalf("err = %v, want EInvalid", err)
			}
			msg := journal.ErrorMessage(err)
			if !strings.HasPrefix(msg, path+", ") || !strings.Contains(msg, tc.want) {
				t.Errorf("message %q, want it to name %s and say %q", msg, path, tc.want)
			}
		})
	}
}

func TestReadConfigRefusesHugeFile(t *testing.T) {
	path := writeConfig(t, "theme = \"dark\"\n"+strings.Repeat("# padding\n", maxConfigBytes/10+1))
	_, err := readConfig(path)
	if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), path) {
		t.Fatalf("err = %v, want EInvalid naming the file", err)
	}
}
