package e2e_test

import (
	"bytes"
	be "encoding/binary"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestEncryptedTamper changes an encrypted journal's file behind debrief's
// back: a flipped byte in a sealed value, a value moved under another key,
// another salt in the sealed key. Each is reported as damage (exit code 4),
// never as a wrong passphrase, a crash or other words.
func TestEncryptedTamper(t *testing.T) {
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "import", writeCanaryDoc(t, h))
	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	backup := filepath.Join(h.secrets, "sound.db")
	h.run(t, 0, "", h.with("pass"), "backup", backup)
	env := append(append([]string{}, h.env...), h.with("pass")...)
	id := func(n uint64) []byte { return be.BigEndian.AppendUint64(nil, n) }
	cases := []struct {
		name   string
		change func(tx *bolt.Tx) error
		args   []string
	}{
		{"FlippedByte", func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("interviews"))
			v := bytes.Clone(b.Get(id(1)))
			v[len(v)/2] ^= 0x20
			return b.Put(id(1), v)
		}, []string{"show", "1"}},
		{"MovedValue", func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("interviews"))
			return b.Put(id(2), bytes.Clone(b.Get(id(1))))
		}, []string{"show", "2"}},
		{"SwappedSalt", func(tx *bolt.Tx) error {
			meta := tx.Bucket([]byte("meta"))
			v := bytes.Clone(meta.Get([]byte("sealing")))
			for i := 8; i < 40; i++ {
				v[i] ^= 0x5a
			}
			return meta.Put([]byte("sealing"), v)
		}, []string{"list", "--plain"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h.run(t, 0, "", h.with("pass"), "restore", backup)
			db, err := bolt.Open(h.db(), 0o600, &bolt.Options{Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(c.change); err != nil {
				t.Fatal(err)
			}
			db.Close()
			for _, args := range [][]string{c.args, {"check"}} {
				out, errOut, code := run(t, env, "", args...)
				if code != 4 || !strings.Contains(out+errOut, "damaged") || strings.Contains(out, canaryWord) {
					t.Fatalf("%v: exit %d\n%s%s", args, code, out, errOut)
				}
			}
		})
	}
}
