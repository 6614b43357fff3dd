package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPassphrasePrompt unlocks an encrypted journal on the terminal: the
// passphrase typed is never shown, a wrong one is asked again, and the
// right one opens the journal.
func TestPassphrasePrompt(t *testing.T) {
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "import", writeCanaryDoc(t, h))
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	term := start(t, 100, 30, h.env, "show", "1")
	term.waitFor("Passphrase of the journal:")
	term.typeText("not the passphrase at all")
	term.keys("Enter")
	term.waitFor("try again")
	term.typeText("first passphrase of the journal")
	term.keys("Enter")
	screen := term.waitFor(canaryWord)
	if strings.Contains(screen, "passphrase at all") || strings.Contains(screen, "first passphrase of the") {
		t.Fatalf("the passphrase was shown as it was typed:\n%s", screen)
	}
}

// writeCanaryDoc writes the canary export among the home's secrets and
// returns its path.
func writeCanaryDoc(t *testing.T, h *sealedHome) string {
	t.Helper()
	doc := filepath.Join(h.secrets, "doc.json")
	h.writeSecretBytes(t, "doc.json", canaryDocument(t))
	return doc
}
