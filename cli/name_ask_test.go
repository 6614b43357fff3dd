package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNameAskerAsksOnce: the first run may ask; once it recorded that it
// asked, later runs may not.
func TestNameAskerAsksOnce(t *testing.T) {
	state := t.TempDir()
	env := Env{Getenv: func(k string) string {
		if k == "XDG_STATE_HOME" {
			return state
		}
		return ""
	}}
	mark := nameAsker(env)
	if mark == nil {
		t.Fatal("a first run may not ask for the name")
	}
	if err := mark(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(state, "debrief", askedNameFile)); err != nil {
		t.Fatalf("the marker was not written: %v", err)
	}
	if nameAsker(env) != nil {
		t.Fatal("a later run would ask again")
	}
}

// TestNameAskerUnwritable: a state folder that cannot be made says so,
// and that debrief will ask again.
func TestNameAskerUnwritable(t *testing.T) {
	state := t.TempDir()
	mark := nameAsker(Env{Getenv: func(k string) string {
		if k == "XDG_STATE_HOME" {
			return state
		}
		return ""
	}})
	// A file where the folder should be: no folder can be made there.
	if err := os.WriteFile(filepath.Join(state, "debrief"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := mark()
	if err == nil || !strings.Contains(err.Error(), "ask for your name again") {
		t.Fatalf("err = %v", err)
	}
}

// TestNameSaverKeepsTheFile: the name is saved with the rules of 'config
// set name', and the rest of the file stays as written.
func TestNameSaverKeepsTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "debrief", "config.toml")
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.WriteFile(path, []byte("# mine\ntheme = \"dark\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	save := nameSaver(path)
	if err := save("Ada Lovelace"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if got := string(data); !strings.Contains(got, "# mine\ntheme = \"dark\"\n") || !strings.Contains(got, `name = "Ada Lovelace"`) {
		t.Fatalf("config file:\n%s", got)
	}
	if err := save(strings.Repeat("x", 500)); err == nil {
		t.Fatal("a name the config rules refuse was saved")
	}
}
