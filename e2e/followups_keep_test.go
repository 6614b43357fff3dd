package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFollowUpMessageTypedSurvivesTheEnd types into the box that edits a
// follow-up's message in place and ends the app each way of
// typingEndings. The words typed are the message on the next start.
func TestFollowUpMessageTypedSurvivesTheEnd(t *testing.T) {
	for _, c := range typingEndings() {
		t.Run(c.name, func(t *testing.T) {
			env, _ := followUpsJournal(t)
			dir := t.TempDir()
			env = append(env, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "XDG_STATE_HOME="+filepath.Join(dir, "state"))
			if _, errOut, code := run(t, env, "", "config", "set", "name", "Ada Lovelace"); code != 0 {
				t.Fatalf("config set name: exit %d: %s", code, errOut)
			}
			p := newCrashPane(t, 100, 30, env)
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile, "followups")
			p.waitFor("Overdue (1)")
			p.keys("Enter")
			p.waitFor("Hi Dana,")
			p.keys("e")
			p.waitFor("stop editing")
			p.typeText("Words typed at the end")
			p.waitFor("Words typed at the end")
			c.end(t, p, pid)
			if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			out, errOut, code := run(t, env, "", "followups", "draft", "1/thank_you")
			if code != 0 || !strings.Contains(out, "Words typed at the end") {
				t.Fatalf("the message after a restart (exit %d) lacks the words typed:\n%s%s", code, out, errOut)
			}
		})
	}
}
