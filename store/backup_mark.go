package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// Every backup debrief writes carries a mark in its meta section: the time
// it was taken. `backup --force` replaces only a file with that mark, so it
// can never write over a journal someone keeps using (which has none: a
// restore removes the mark from the journal it makes). Beside it, what
// reading the copy back found (see backup_verify.go), which `backup --list`
// shows.

// Meta keys of the mark.
var (
	keyBackupTaken   = []byte("backup-taken")
	keyBackupChecked = []byte("backup-checked")
)

// markBackup reads back the backup at path, which no one else has open yet
// (see verifyCopy; sl opens its seals), and writes the mark into it, with
// what reading it back found. It returns that.
func markBackup(path string, taken time.Time, sl *sealer) (BackupState, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: LockTimeout, OpenFile: fileOpener(nil, false)})
	if err != nil {
		return BackupUnchecked, err
	}
	state := BackupUnchecked
	err = guard(func() error {
		if err := db.View(func(tx *bolt.Tx) error {
			state = verifyCopy(tx, sl)
			return nil
		}); err != nil {
			return err
		}
		return db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				return nil // not a journal; its check will say so
			}
			if err := meta.Put(keyBackupTaken, []byte(taken.UTC().Format(time.RFC3339))); err != nil {
				return err
			}
			if state == BackupUnchecked {
				return nil
			}
			return meta.Put(keyBackupChecked, []byte(state.String()))
		})
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return state, err
}

// unmarkBackup removes the mark from a journal made from a backup.
func unmarkBackup(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			if err := meta.Delete(keyBackupChecked); err != nil {
				return err
			}
			return meta.Delete(keyBackupTaken)
		}
		return nil
	})
}

// isMarkedBackup reports whether the file at path is a backup debrief
// wrote. It waits for no one: a file some debrief holds is not one to
// replace.
func isMarkedBackup(path string) bool {
	marked, _ := readBackupMark(path)
	return marked
}

// readBackupMark reports whether the file at path is a backup debrief
// wrote, and what reading it back found when it was written. It waits for
// no one.
func readBackupMark(path string) (marked bool, state BackupState) {
	_ = guard(func() error {
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 50 * time.Millisecond, OpenFile: fileOpener(nil, false)})
		if err != nil {
			return err
		}
		defer db.Close()
		return db.View(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				return nil
			}
			marked = meta.Get(keyBackupTaken) != nil
			switch string(meta.Get(keyBackupChecked)) {
			case "good":
				state = BackupGood
			case "damaged":
				state = BackupDamaged
			}
			return nil
		})
	})
	return marked, state
}
