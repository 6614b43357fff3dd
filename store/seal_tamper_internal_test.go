package store

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// sealedJournal returns the path of an encrypted journal holding the
// records of fillSealTest.
func sealedJournal(t *testing.T) string {
	t.Helper()
	fastKDF(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	must(t, err)
	fillSealTest(t, s)
	must(t, s.Close())
	if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawEdit changes the raw file at path in one transaction.
func rawEdit(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	must(t, err)
	must(t, db.Update(fn))
	must(t, db.Close())
}

// TestTamper: every change to the sealed bytes is damage, reported as
// such, never a crash, a wrong passphrase or other words.
func TestTamper(t *testing.T) {
	t.Run("FlippedByte", func(t *testing.T) {
		path := sealedJournal(t)
		for _, at := range []int{0, 23, 24, 40, -1} {
			rawEdit(t, path, func(tx *bolt.Tx) error {
				b := tx.Bucket(bucketInterviews)
				v := bytes.Clone(b.Get(itob(1)))
				i := at
				if i < 0 {
					i = len(v) - 1
				}
				v[i] ^= 0x01
				return b.Put(itob(1), v)
			})
			s, err := Open(path, Options{Passphrase: passOf(testPass)})
			must(t, err)
			_, err = s.Interview(1)
			if journal.ErrorCode(err) != journal.ECorrupt {
				t.Errorf("byte %d flipped: got %v", at, err)
			}
			rep, err := s.Check()
			must(t, err)
			if rep.OK() {
				t.Errorf("byte %d flipped: check found nothing", at)
			}
			s.Close()
			// Put it back for the next round.
			rawEdit(t, path, func(tx *bolt.Tx) error {
				b := tx.Bucket(bucketInterviews)
				v := bytes.Clone(b.Get(itob(1)))
				i := at
				if i < 0 {
					i = len(v) - 1
				}
				v[i] ^= 0x01
				return b.Put(itob(1), v)
			})
		}
	})
	t.Run("MovedValue", func(t *testing.T) {
		path := sealedJournal(t)
		rawEdit(t, path, func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketInterviews)
			return b.Put(itob(2), bytes.Clone(b.Get(itob(1))))
		})
		s, err := Open(path, Options{Passphrase: passOf(testPass)})
		must(t, err)
		defer s.Close()
		if _, err := s.Interview(2); journal.ErrorCode(err) != journal.ECorrupt {
			t.Errorf("a value moved to another key read as %v", err)
		}
		if _, err := s.Interview(1); err != nil {
			t.Errorf("the value left in place: %v", err)
		}
	})
	t.Run("MovedBucket", func(t *testing.T) {
		path := sealedJournal(t)
		rawEdit(t, path, func(tx *bolt.Tx) error {
			return tx.Bucket(bucketReviews).Put(itob(1), bytes.Clone(tx.Bucket(bucketDrafts).Get(itob(1))))
		})
		s, err := Open(path, Options{Passphrase: passOf(testPass)})
		must(t, err)
		defer s.Close()
		if _, err := s.Review(1); journal.ErrorCode(err) != journal.ECorrupt {
			t.Errorf("a draft moved among the reviews read as %v", err)
		}
	})
	t.Run("SwappedSalt", func(t *testing.T) {
		path := sealedJournal(t)
		other := sealedJournal(t)
		var salt []byte
		db, err := bolt.Open(other, 0o600, &bolt.Options{ReadOnly: true})
		must(t, err)
		must(t, db.View(func(tx *bolt.Tx) error {
			salt = bytes.Clone(tx.Bucket(bucketMeta).Get(keySealing)[8 : 8+saltLen])
			return nil
		}))
		db.Close()
		rawEdit(t, path, func(tx *bolt.Tx) error {
			v := bytes.Clone(tx.Bucket(bucketMeta).Get(keySealing))
			copy(v[8:], salt)
			return tx.Bucket(bucketMeta).Put(keySealing, v)
		})
		_, err = Open(path, Options{Passphrase: passOf(testPass)})
		if journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("a swapped salt gave %v", err)
		}
	})
	t.Run("AbsurdWork", func(t *testing.T) {
		path := sealedJournal(t)
		rawEdit(t, path, func(tx *bolt.Tx) error {
			v := bytes.Clone(tx.Bucket(bucketMeta).Get(keySealing))
			v[5] = 60 // 2^60 rounds
			body := v[:keyFormLen-32]
			sum := sha256Sum(body)
			copy(v[keyFormLen-32:], sum)
			return tx.Bucket(bucketMeta).Put(keySealing, v)
		})
		start := time.Now()
		_, err := Open(path, Options{Passphrase: passOf(testPass)})
		if journal.ErrorCode(err) != journal.ECorrupt || time.Since(start) > 5*time.Second {
			t.Fatalf("absurd parameters gave %v after %v", err, time.Since(start))
		}
	})
	t.Run("WrongPassphrase", func(t *testing.T) {
		path := sealedJournal(t)
		_, err := Open(path, Options{Passphrase: passOf([]byte("Correct horse battery staple"))})
		if journal.ErrorCode(err) != journal.EPassphrase {
			t.Fatalf("got %v", err)
		}
	})
}

// TestDecryptAndPassphrase round-trips a journal through encrypt,
// passphrase and decrypt, reading it the same at each step.
func TestDecryptAndPassphrase(t *testing.T) {
	path := sealedJournal(t)
	newPass := []byte("a new one")
	backup, err := ChangePassphrase(path, Options{Passphrase: passOf(testPass)}, passOf(newPass))
	must(t, err)
	if _, err := Open(path, Options{Passphrase: passOf(testPass)}); journal.ErrorCode(err) != journal.EPassphrase {
		t.Fatalf("the old passphrase after the change: %v", err)
	}
	// The backup taken first keeps the old passphrase.
	b, err := Open(backup, Options{ReadOnly: true, Passphrase: passOf(testPass)})
	must(t, err)
	b.Close()
	if _, err := Decrypt(path, Options{Passphrase: passOf(newPass)}); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	must(t, err)
	defer s.Close()
	if s.Encrypted() {
		t.Fatal("still encrypted")
	}
	iv, err := s.Interview(1)
	must(t, err)
	if iv.Lessons[0] != "say "+canary {
		t.Fatalf("read %q", iv.Lessons[0])
	}
	rep, err := s.Check()
	must(t, err)
	if !rep.OK() {
		t.Fatal(rep.Problems)
	}
}

func sha256Sum(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// TestSealLeftoverZeroed: the half-written copy a killed decrypt leaves is
// overwritten with zeros before it is removed.
func TestSealLeftoverZeroed(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, ".debrief-seal-123.tmp")
	must(t, os.WriteFile(name, []byte("plain "+canary), 0o600))
	link := filepath.Join(dir, "other-name")
	must(t, os.Link(name, link))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(name, old, old))
	removeLeftovers(dir, time.Now())
	b, err := os.ReadFile(link)
	must(t, err)
	if bytes.Contains(b, []byte(canary)) {
		t.Fatal("the leftover was removed without being zeroed")
	}
	if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Fatalf("the leftover is still there: %v", err)
	}
}
