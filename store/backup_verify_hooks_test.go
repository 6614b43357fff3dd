package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// VerifyBackupFile reads back the backup at path as a backup is read back
// once written (see verifyCopy), opening its seals with s's key.
func (s *Store) VerifyBackupFile(path string) (BackupState, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return BackupUnchecked, err
	}
	defer db.Close()
	state := BackupUnchecked
	err = db.View(func(tx *bolt.Tx) error {
		state = verifyCopy(tx, s.sealer)
		return nil
	})
	return state, err
}
