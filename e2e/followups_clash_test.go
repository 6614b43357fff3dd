package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// messageClash opens the thank-you note's box in the app, types into it
// until an autosave kept the words, saves another edit of the message
// with the command line meanwhile, and types on until the app finds it.
// It returns the pane, debrief's pid, the environment, the state folder
// and the file the exit code goes to.
func messageClash(t *testing.T) (p *crashPane, pid int, env []string, state, codeFile string) {
	t.Helper()
	env, _ = followUpsJournal(t)
	dir := t.TempDir()
	state = filepath.Join(dir, "state")
	env = append(env, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "XDG_STATE_HOME="+state)
	if _, errOut, code := run(t, env, "", "config", "set", "name", "Ada Lovelace"); code != 0 {
		t.Fatalf("config set name: exit %d: %s", code, errOut)
	}
	p = newCrashPane(t, 100, 30, env)
	codeFile = filepath.Join(dir, "code")
	pid = launchKeepingCode(p, codeFile, "followups")
	p.waitFor("Overdue (1)")
	p.keys("Enter")
	p.waitFor("Hi Dana,")
	p.keys("e")
	p.waitFor("stop editing")
	p.typeText("APP-TYPED")
	waitMessage(t, env, "APP-TYPED")
	if out, errOut, code := run(t, env, "CLI-SAVED words\n", "followups", "draft", "1/thank_you", "--save", "-"); code != 0 || !strings.Contains(out+errOut, "Kept your edit") {
		t.Fatalf("saving from the command line: exit %d: %s%s", code, out, errOut)
	}
	p.typeText(" MORE")
	p.waitFor("Another debrief changed this message meanwhile")
	// Well past the autosave's second: nothing was written over.
	time.Sleep(2 * time.Second)
	if out := message(t, env); !strings.Contains(out, "CLI-SAVED words") || strings.Contains(out, "APP-TYPED") {
		t.Fatalf("the app wrote over the edit saved from the command line:\n%s", out)
	}
	return p, pid, env, state, codeFile
}

// message prints the thank-you note as stored.
func message(t *testing.T, env []string) string {
	t.Helper()
	out, errOut, code := run(t, env, "", "followups", "draft", "1/thank_you")
	if code != 0 {
		t.Fatalf("followups draft: exit %d: %s", code, errOut)
	}
	return out
}

// waitMessage waits until the thank-you note as stored holds want.
func waitMessage(t *testing.T, env []string, want string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(message(t, env), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the message never held %q", want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestFollowUpMessageClashKeptAsideOnHangup: the terminal closes, or
// debrief is killed a little after the last key, while the box holds
// words that clash with the command line's edit; the edit stays, and the
// words are kept aside with the follow-up, inside the journal (sealed with
// it when it is encrypted), never in a file beside it.
func TestFollowUpMessageClashKeptAsideOnHangup(t *testing.T) {
	for _, c := range typingEndings()[1:] {
		t.Run(c.name, func(t *testing.T) {
			p, pid, env, state, codeFile := messageClash(t)
			p.typeText(" LATER")
			p.waitFor("LATER")
			c.end(t, p, pid)
			if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			out, errOut, code := run(t, env, "", "followups", "draft", "1/thank_you")
			if code != 0 || !strings.Contains(out, "CLI-SAVED words") || strings.Contains(out, "APP-TYPED") {
				t.Fatalf("the end wrote over the edit saved from the command line (exit %d):\n%s", code, out)
			}
			if !strings.Contains(errOut, "your own version of this message is kept aside") {
				t.Fatalf("draft does not say a version is kept aside:\n%s", errOut)
			}
			if out, errOut, code := run(t, env, "", "followups", "draft", "1/thank_you", "--aside"); code != 0 || !strings.Contains(out, "APP-TYPED MORE LATER") {
				t.Fatalf("the words typed were not kept aside in the journal (exit %d): %q %s", code, out, errOut)
			}
			if out, _, code := run(t, env, "", "export"); code != 0 || !strings.Contains(out, `"message_aside": "`) {
				t.Fatalf("the export lacks the version kept aside (exit %d)", code)
			}
			kept := filepath.Join(state, "debrief", "editor-kept")
			if entries, err := os.ReadDir(kept); err == nil && len(entries) != 0 {
				t.Fatalf("words of the message were written outside the journal, in %s: %v", kept, entries)
			}
		})
	}
}

// TestFollowUpMessageClashSavedOverOnPurpose: ctrl+s saves the words typed
// in place of the command line's edit.
func TestFollowUpMessageClashSavedOverOnPurpose(t *testing.T) {
	p, _, env, _, _ := messageClash(t)
	// A ctrl+s counts a second after the warning shows (kit.ClashWarning).
	time.Sleep(1200 * time.Millisecond)
	p.keys("C-s")
	p.waitFor("Saved your edit")
	if out := message(t, env); !strings.Contains(out, "APP-TYPED MORE") || strings.Contains(out, "CLI-SAVED") {
		t.Fatalf("ctrl+s did not save the words typed:\n%s", out)
	}
	if out, _, code := run(t, env, "", "followups", "draft", "1/thank_you", "--aside"); code != 6 {
		t.Fatalf("the words saved stay aside as well (exit %d): %q", code, out)
	}
}
