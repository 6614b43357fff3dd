package e2e_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	agelib "filippo.io/age"
)

// TestEncryptedExport writes age-encrypted exports of an encrypted journal
// through the built binary: one sealed to a passphrase, which age opens
// with it and import reads back, and one sealed to an age key, which the
// age command opens (when installed). A plain export is plain text.
func TestEncryptedExport(t *testing.T) {
	h := newSealedHome(t)
	doc := filepath.Join(h.secrets, "doc.json")
	if err := os.WriteFile(doc, canaryDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	h.run(t, 0, "", nil, "import", doc)
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	h.writeSecret(t, "export", "the export's own passphrase")
	exportPass := "DEBRIEF_EXPORT_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "export")

	sealed := filepath.Join(h.secrets, "journal.json.age")
	h.run(t, 0, "", append(h.with("pass"), exportPass), "export", "--encrypt", "-o", sealed)
	raw, err := os.ReadFile(sealed)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(canaryWord)) || !bytes.HasPrefix(raw, []byte("age-encryption.org/v1\n")) {
		t.Fatalf("the encrypted export is not an age file, or shows its text:\n%.200s", raw)
	}
	id, err := agelib.NewScryptIdentity("the export's own passphrase")
	if err != nil {
		t.Fatal(err)
	}
	r, err := agelib.Decrypt(bytes.NewReader(raw), id)
	if err != nil {
		t.Fatalf("age does not open the export: %v", err)
	}
	var plain bytes.Buffer
	if _, err := plain.ReadFrom(r); err != nil || !bytes.Contains(plain.Bytes(), []byte(canaryWord)) {
		t.Fatalf("the export opened to %.200s (%v)", plain.Bytes(), err)
	}

	// import reads it back into a new journal; a wrong passphrase is told.
	other := filepath.Join(h.secrets, "other.db")
	h.run(t, 10, "", []string{"DEBRIEF_EXPORT_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "--db", other, "import", sealed)
	if out := h.run(t, 0, "", []string{exportPass}, "--db", other, "import", sealed); !strings.Contains(out, "2 interviews added") {
		t.Fatalf("import of the encrypted export: %s", out)
	}

	// To an age key: the age command opens it with the key file.
	keyFile := filepath.Join(h.secrets, "key.txt")
	identity, err := agelib.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(identity.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	toKey := filepath.Join(h.secrets, "to-key.age")
	h.run(t, 0, "", h.with("pass"), "export", "--recipient", identity.Recipient().String(), "-o", toKey)
	if _, err := exec.LookPath("age"); err == nil {
		out, err := exec.Command("age", "-d", "-i", keyFile, toKey).Output()
		if err != nil || !bytes.Contains(out, []byte(canaryWord)) {
			t.Fatalf("age -d: %v\n%.200s", err, out)
		}
	}
	third := filepath.Join(h.secrets, "third.db")
	h.run(t, 0, "", nil, "--db", third, "import", "--identity", keyFile, toKey)

	// Restoring a plain backup over the encrypted journal says that the
	// journal is plain from then on.
	plainBackup := filepath.Join(h.secrets, "plain-backup.db")
	h.run(t, 0, "", nil, "--db", third, "backup", plainBackup)
	env := append(append([]string{}, h.env...), h.with("pass")...)
	if _, errOut, code := run(t, env, "", "restore", plainBackup); code != 0 || !strings.Contains(errOut, "no longer is") {
		t.Fatalf("restore of a plain backup: exit %d\n%s", code, errOut)
	}
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")

	// A plain export of an encrypted journal is what it says.
	if out := h.run(t, 0, "", h.with("pass"), "export"); !strings.Contains(out, canaryWord) {
		t.Fatal("the plain export does not hold the journal's text")
	}
}
