package store

import (
	"errors"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// ChangePassphrase seals the data key of the encrypted journal at path,
// unlocked with o.Passphrase, under the passphrase newPass gives, with a
// fresh salt. The records are not sealed again: only the sealed key
// changes, in one transaction, so a crash leaves the old passphrase or the
// new one working. The backup it takes first (returned) still opens with
// the old passphrase, as do earlier backups; the old sealed key's page is
// overwritten with zeros when the journal closes (see scrub.go).
func ChangePassphrase(path string, o Options, newPass func() ([]byte, error)) (string, error) {
	path = journalFile(path)
	if err := mustExist(path); err != nil {
		return "", err
	}
	o.ReadOnly = false
	s, err := Open(path, o)
	if err != nil {
		return "", err
	}
	closeStore := closer(s)
	defer closeStore()
	if s.sealer == nil {
		return "", journal.Errorf(journal.EConflict, "The journal at %s is not encrypted, so it has no passphrase to change; `debrief encrypt` encrypts it. Nothing was changed.", path)
	}
	pass, err := newPass()
	if err != nil {
		return "", err
	}
	sealedKey, err := sealKey(pass, s.sealer.key, defaultKDF)
	clear(pass)
	if err != nil {
		return "", &journal.Error{Code: journal.EInternal, Message: "The journal's key could not be sealed; nothing was changed.", Err: err}
	}
	backup, err := s.BackupBeside("before-passphrase")
	if err != nil {
		return "", err
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySealing, sealedKey)
	})
	if err != nil {
		return backup, err
	}
	return backup, closeStore()
}

// mustExist refuses a journal that is not there: changing it must never
// start a new one.
func mustExist(path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return journal.Errorf(journal.ENotFound, "There is no journal at %s; nothing was created.", path)
	}
	return nil
}
