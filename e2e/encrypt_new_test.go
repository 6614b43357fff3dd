package e2e_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewEncrypt starts a journal encrypted with new --encrypt: what is
// typed into the first reflection never reaches the file in plain, and a
// plain journal that holds entries is refused.
func TestNewEncrypt(t *testing.T) {
	h := newSealedHome(t)
	env := append(h.with("pass"), "DEBRIEF_NEW_PASSPHRASE_FILE="+filepath.Join(h.secrets, "pass"))
	h.run(t, 5, "Sayer "+canaryWord+"\n", env, "new", "--encrypt", "--accessible", "--date", "2026-03-13")
	raw, err := os.ReadFile(h.db())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(canaryWord)) {
		t.Fatal("the first answer is in the journal file in plain text")
	}
	h.assertNoCanary(t, "after new --encrypt")
	if _, errOut, code := run(t, h.env, "", "list", "--plain"); code != 8 || !strings.Contains(errOut, "encrypted") {
		t.Fatalf("the new journal opened without its passphrase: exit %d\n%s", code, errOut)
	}
	// Encrypted already: new --encrypt goes on as new does.
	h.run(t, 5, "", env, "new", "--encrypt", "--accessible", "--date", "2026-03-13")

	plain := filepath.Join(h.secrets, "plain.db")
	h.run(t, 0, "", nil, "--db", plain, "demo", "--interviews", "3")
	if _, errOut, code := run(t, append(h.env, env...), "", "--db", plain, "new", "--encrypt", "--accessible"); code != 2 || !strings.Contains(errOut, "debrief encrypt") {
		t.Fatalf("new --encrypt on a journal with entries: exit %d\n%s", code, errOut)
	}
}
