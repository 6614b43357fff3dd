package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestUnlockScreen opens the app on an encrypted journal: it asks for the
// passphrase on a screen of its own, never shows what is typed, says so
// when it is wrong and asks again, and with the right one opens home,
// holding the journal against a restore as it does a plain one.
func TestUnlockScreen(t *testing.T) {
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "import", writeCanaryDoc(t, h))
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	backup := filepath.Join(h.secrets, "backup.db")
	h.run(t, 0, "", h.with("pass"), "backup", backup)

	term := start(t, 100, 30, h.env)
	screen := term.waitFor("Unlock the journal")
	if strings.Contains(screen, canaryWord) {
		t.Fatalf("the locked screen shows the journal:\n%s", screen)
	}
	term.typeText("not the passphrase at all")
	screen = term.waitFor("typed, not shown")
	term.keys("Enter")
	screen = term.waitFor("That passphrase does not open this journal.")
	if !strings.Contains(screen, "press esc to leave") {
		t.Fatalf("the retry does not say how to leave:\n%s", screen)
	}
	term.typeText("first passphrase of the journal")
	term.keys("Enter")
	screen = term.waitFor(canaryWord)
	for _, s := range []string{"passphrase at all", "first passphrase", "Unlock the journal"} {
		if strings.Contains(screen, s) {
			t.Fatalf("home shows %q:\n%s", s, screen)
		}
	}

	// The unlocked app holds the journal as a plain one does: a restore
	// under it is refused.
	_, errOut, code := run(t, append(append([]string{}, h.env...), h.with("pass")...), "", "restore", backup)
	if code != 3 || !strings.Contains(errOut, "open in debrief in another terminal") {
		t.Fatalf("restore under the unlocked app: exit %d\n%s", code, errOut)
	}

	term.keys("q")
	deadline := time.Now().Add(waitLimit)
	for term.pidOrZero() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("debrief did not exit")
		}
		time.Sleep(50 * time.Millisecond)
	}
	h.assertNoCanary(t, "after the app")
}

// TestUnlockScreenNotWithPassphraseFile opens the app on an encrypted
// journal with DEBRIEF_PASSPHRASE_FILE set: no unlock screen, home at
// once.
func TestUnlockScreenNotWithPassphraseFile(t *testing.T) {
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "import", writeCanaryDoc(t, h))
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	term := start(t, 100, 30, append(append([]string{}, h.env...), h.with("pass")...))
	screen := term.waitFor(canaryWord)
	if strings.Contains(screen, "Unlock the journal") {
		t.Fatalf("the unlock screen showed with a passphrase file:\n%s", screen)
	}
	term.keys("q")
}
