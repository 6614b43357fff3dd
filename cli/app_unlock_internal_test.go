package cli

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestAppUnlock: the app asks on its screen only for an encrypted journal
// with no passphrase file or command; a wrong passphrase is no failure to
// report, the right one opens the journal held for the session, and
// closing waits for it and closes it.
func TestAppUnlock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "journal.db")
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state")}
	env := Env{Getenv: func(k string) string { return vars[k] }, Now: time.Now}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	onScreen := func(path string) bool {
		t.Helper()
		ask, err := unlockOnScreen(env, path)
		if err != nil {
			t.Fatal(err)
		}
		return ask
	}
	if onScreen(path) {
		t.Fatal("a plain journal is unlocked on a screen")
	}
	if onScreen(filepath.Join(dir, "none.db")) {
		t.Fatal("a missing journal is unlocked on a screen")
	}
	// A journal busy in another debrief is that error at once, so that the
	// app does not wait for it a second time to open it.
	held, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unlockOnScreen(env, path); journal.ErrorCode(err) != journal.ELocked {
		t.Fatalf("a busy journal: %v", err)
	}
	held.Close()
	pass := "a passphrase long enough"
	if _, err := store.Encrypt(path, func() ([]byte, error) { return []byte(pass), nil }, time.Now()); err != nil {
		t.Fatal(err)
	}
	if !onScreen(path) {
		t.Fatal("an encrypted journal is not unlocked on a screen")
	}
	for _, v := range []string{envPassFile, envPassCommand} {
		vars[v] = "set"
		if onScreen(path) {
			t.Fatalf("with %s set, the app still asks on its screen", v)
		}
		delete(vars, v)
	}

	u := &appUnlock{env: env, path: path}
	if _, err := u.open([]byte("not it")); journal.ErrorCode(err) != journal.EPassphrase || u.failed != nil {
		t.Fatalf("a wrong passphrase: %v, failed %v", err, u.failed)
	}
	j, err := u.open([]byte(pass))
	if err != nil || j == nil {
		t.Fatalf("the right passphrase: %v", err)
	}
	if _, err := j.Summaries(); err != nil {
		t.Fatalf("the unlocked journal does not read: %v", err)
	}
	if _, err := u.open([]byte(pass)); err == nil {
		t.Fatal("a second unlock opened the journal again")
	}
	if err := u.close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if _, err := u.open([]byte(pass)); err == nil {
		t.Fatal("an unlock after close opened the journal")
	}

	// Damage is kept, and reported once the screens are gone.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		k := bytes.Clone(meta.Get([]byte("sealing")))
		k[12] ^= 1
		return meta.Put([]byte("sealing"), k)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	u = &appUnlock{env: env, path: path}
	if _, err := u.open([]byte(pass)); journal.ErrorCode(err) != journal.ECorrupt {
		t.Fatalf("a damaged key: %v", err)
	}
	if err := u.close(); journal.ErrorCode(err) != journal.ECorrupt {
		t.Fatalf("close after damage returns %v", err)
	}
}
