package e2e_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
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
	// The day's backup was taken by the commands: gone, the app takes it.
	daily, _ := filepath.Glob(filepath.Join(filepath.Dir(h.db()), "backups", "journal-daily-*.db"))
	if len(daily) == 0 {
		t.Fatal("the commands took no daily backup to remove")
	}
	for _, p := range daily {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}

	trace := filepath.Join(h.root, "state", "trace.log")
	term := start(t, 100, 30, append(append([]string{}, h.env...), "DEBRIEF_TRACE="+trace))
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
	if daily, _ := filepath.Glob(filepath.Join(filepath.Dir(h.db()), "backups", "journal-daily-*.db")); len(daily) != 1 {
		t.Fatalf("the unlocked app took %d daily backups, want 1", len(daily))
	}
	if out := h.run(t, 0, "", h.with("pass"), "list", "--plain"); !strings.Contains(out, canaryWord) {
		t.Fatalf("the journal does not read back after the app:\n%s", out)
	}
	h.assertNoCanary(t, "after the app")
	// Nothing of what was typed is written anywhere: journal, backups,
	// log, trace, temporary files.
	if _, err := os.Stat(trace); err != nil {
		t.Fatalf("no trace was written to look through: %v", err)
	}
	_ = filepath.Walk(h.root, func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		b, _ := os.ReadFile(p)
		for _, typed := range []string{"passphrase at all", "first passphrase"} {
			if bytes.Contains(b, []byte(typed)) {
				t.Errorf("%s holds a passphrase typed on the unlock screen", strings.TrimPrefix(p, h.root))
			}
		}
		return nil
	})
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

// TestUnlockScreenDamagedKey opens the app on an encrypted journal whose
// sealed key was damaged: the right passphrase is told apart from a wrong
// one, the screen says the journal is damaged, and leaving it repeats why
// on the terminal.
func TestUnlockScreenDamagedKey(t *testing.T) {
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "import", writeCanaryDoc(t, h))
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	db, err := bolt.Open(h.db(), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		k := bytes.Clone(meta.Get([]byte("sealing")))
		if len(k) < 20 {
			return fmt.Errorf("no sealed key in the journal (%d bytes)", len(k))
		}
		k[12] ^= 0x01 // in the salt
		return meta.Put([]byte("sealing"), k)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	term := start(t, 100, 30, h.env)
	term.waitFor("Unlock the journal")
	term.typeText("first passphrase of the journal")
	term.keys("Enter")
	screen := term.waitFor("The journal is damaged")
	if strings.Contains(screen, "does not open this journal") {
		t.Fatalf("damage is shown as a wrong passphrase:\n%s", screen)
	}
	term.keys("Escape")
	term.waitFor("sealed key is damaged")
	term.waitForGone("Unlock the journal")
}
