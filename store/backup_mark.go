package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// Every backup debrief writes carries a mark in its meta section: the time
// it was taken. `backup --force` replaces only a file with that mark, so it
// can never write over a journal someone keeps using (which has none: a
// restore removes the mark from the journal it makes).

// keyBackupTaken is the meta key of the mark.
var keyBackupTaken = []byte("backup-taken")

// markBackup writes the mark into the backup at path, which no one else
// has open yet.
func markBackup(path string, taken time.Time) error {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: LockTimeout, OpenFile: fileOpener(nil, false)})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return nil // not a journal; its check will say so
		}
		return meta.Put(keyBackupTaken, []byte(taken.UTC().Format(time.RFC3339)))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// unmarkBackup removes the mark from a journal made from a backup.
func unmarkBackup(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			return meta.Delete(keyBackupTaken)
		}
		return nil
	})
}

// isMarkedBackup reports whether the file at path is a backup debrief
// wrote. It waits for no one: a file some debrief holds is not one to
// replace.
func isMarkedBackup(path string) bool {
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 50 * time.Millisecond, OpenFile: fileOpener(nil, false)})
	if err != nil {
		return false
	}
	defer db.Close()
	marked := false
	_ = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			if meta := tx.Bucket(bucketMeta); meta != nil {
				marked = meta.Get(keyBackupTaken) != nil
			}
			return nil
		})
	})
	return marked
}
