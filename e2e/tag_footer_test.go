package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTagFooterWholeAt100Columns: on the interview page at 100 columns,
// the tag input's keys read in full ("esc cancel", never "esc cance") and
// stay inside the page's margin instead of running to the last column,
// where a terminal may cut or wrap them.
func TestTagFooterWholeAt100Columns(t *testing.T) {
	requireTmux(t)
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	if _, errOut, code := run(t, env, "", "demo", "--interviews", "3"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	term := start(t, 100, 30, env, "list")
	term.waitFor("company")
	term.keys("Enter")
	term.waitFor("in the list")
	term.keys("t")
	term.waitFor("esc cancel")
	term.typeText("referral")
	screen := term.waitFor("referral ")
	found := false
	for _, line := range strings.Split(screen, "\n") {
		if !strings.Contains(line, "enter add") {
			continue
		}
		found = true
		line = strings.TrimRight(line, " ")
		if !strings.HasSuffix(line, "esc cancel") || utf8.RuneCountInString(line) >= 100 {
			t.Fatalf("the tag footer is cut or runs to the edge (%d columns): %q\n%s", utf8.RuneCountInString(line), line, screen)
		}
	}
	if !found {
		t.Fatalf("no tag footer:\n%s", screen)
	}
	term.keys("Escape")
}
