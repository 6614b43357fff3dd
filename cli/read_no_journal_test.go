package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
)

// TestReadingCommandsNoJournal: every command that only reads answers a
// journal that is not there, such as one at a mistyped --db, as list does:
// exit 6, saying so, printing nothing else and creating nothing; a day with
// nothing due or an empty story bank would hide the mistake. The prompt's
// status alone stays silent, since it runs on every prompt.
func TestReadingCommandsNoJournal(t *testing.T) {
	for _, args := range [][]string{
		{"list", "--plain"},
		{"patterns"},
		{"followups", "--plain"},
		{"show", "1"},
		{"export"},
		{"review", "--list"},
		{"stories", "--plain"},
		{"stories", "--json"},
		{"drill", "--plain"},
		{"drill", "--json"},
		{"drill", "--all", "--plain"},
		{"prep", "--company", "X"},
		{"prep", "--plain", "--role", "data engineer"},
		{"remind"},
		{"remind", "--check"},
		{"remind", "--json"},
		{"remind", "--notify"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := t.TempDir()
			r := newReminding(t, filepath.Join(dir, "none", "x.db"))
			out, errOut, code := r.run(t, fuNow, args...)
			if code != cli.ExitNotFound || !strings.Contains(errOut, "There is no journal at "+r.db) {
				t.Errorf("exit %d, stderr %q; want %d saying there is no journal", code, errOut, cli.ExitNotFound)
			}
			if out != "" || len(r.notified) != 0 {
				t.Errorf("printed %q, notified %q; want nothing", out, r.notified)
			}
			for _, d := range []string{dir, r.state, r.config} {
				if entries, _ := os.ReadDir(d); len(entries) != 0 {
					t.Errorf("created %v in %s", entries, d)
				}
			}
		})
	}
	t.Run("status --prompt", func(t *testing.T) {
		r := newReminding(t, filepath.Join(t.TempDir(), "none", "x.db"))
		if out, errOut, code := r.run(t, fuNow, "status", "--prompt"); code != 0 || out != "" || errOut != "" {
			t.Errorf("exit %d, printed %q and %q; want 0 and nothing", code, out, errOut)
		}
	})
}
