package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThemeGivenOverridesBadConfigTheme: a theme named by --theme or
// DEBRIEF_THEME wins over the config file's theme even when the file's is
// wrong, so the screens open in the theme given; without either, the
// mistake keeps them closed with exit 5.
func TestThemeGivenOverridesBadConfigTheme(t *testing.T) {
	withConfig := configHome(t, "theme = \"purple\"\n")
	for _, tc := range []struct {
		name  string
		env   []string
		args  []string
		title string
	}{
		{"flag", []string{withConfig}, []string{"--theme", "light"}, lightTitle},
		{"env", []string{withConfig, "DEBRIEF_THEME=dark"}, nil, darkTitle},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "journal.db")
			r := startSilent(t, tc.env, append([]string{"--db", db}, tc.args...)...)
			r.waitFor("No reflections yet")
			if !strings.Contains(r.output(), tc.title) {
				t.Errorf("the title is not drawn in %s; the output:\n%q", tc.title, r.output())
			}
			r.tty.Write([]byte("q"))
			if _, code := r.waitExit(); code != 0 {
				t.Errorf("exit code %d after q", code)
			}
		})
	}
	t.Run("ErrNeitherGiven", func(t *testing.T) {
		dir := t.TempDir()
		db := filepath.Join(dir, "journal.db")
		r := startSilent(t, []string{withConfig}, "--db", db)
		if _, code := r.waitExit(); code != 5 {
			t.Errorf("exit code %d, want 5; it wrote:\n%q", code, r.output())
		}
		if want := `"purple" is not a theme; use light, dark or auto.`; !strings.Contains(r.output(), want) {
			t.Errorf("the output lacks %q:\n%q", want, r.output())
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Errorf("the refused start left a journal behind: %v", err)
		}
	})
}
