package e2e_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/prompts"
)

// colourSGR matches a style that sets a foreground or background colour, as
// capture-pane -e writes the pane's cells back out.
var colourSGR = regexp.MustCompile(`\x1b\[(?:[0-9:]*;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;:][0-9;:]*)?m`)

// TestOddTerminals runs the binary in tmux with NO_COLOR and with TERM=dumb:
// the screens work and no colour reaches the pane. A colour terminal, as a
// control, gets colours, so the check is known to see them.
func TestOddTerminals(t *testing.T) {
	cases := []struct {
		name   string
		env    []string
		colour bool
	}{
		{"NoColor", []string{"NO_COLOR=1"}, false},
		{"Dumb", []string{"TERM=dumb"}, false},
		{"Colour", []string{"COLORTERM=truecolor"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "journal.db")
			dir := t.TempDir()
			env := append([]string{"DEBRIEF_DB=" + db, "XDG_CONFIG_HOME=" + dir, "XDG_DATA_HOME=" + dir}, c.env...)
			term := start(t, 100, 30, env)
			term.waitFor("No reflections yet")
			term.keys("n")
			term.waitForStep(1, len(prompts.AfterInterview().Prompts))
			term.typeText("Acme")
			term.waitFor("Acme")
			styled := term.tmux("capture-pane", "-p", "-e", "-t", term.name)
			loc := colourSGR.FindStringIndex(styled)
			if loc != nil && !c.colour {
				t.Fatalf("a colour reached the pane: …%q…", styled[max(0, loc[0]-30):min(len(styled), loc[1]+30)])
			}
			if loc == nil && c.colour {
				t.Fatalf("no colour on a colour terminal; the check cannot see them:\n%q", styled)
			}
			if !strings.Contains(term.screen(), "Who was the interview with?") {
				t.Fatalf("the reflection is not drawn:\n%s", term.screen())
			}
		})
	}
}
