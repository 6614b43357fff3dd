package store

import (
	bolt "go.etcd.io/bbolt"
)

// A backup is read back once written, before it takes its name, so that a
// copy of a damaged journal is never taken for a good one: the daily
// rotation keeps such a copy apart (see backup_rotation.go) and never lets
// it push out the last good one, and `backup --list` says which is which.
//
// Reading back checks what every read of the journal checks, without
// decoding anything: each record's checksum, or in an encrypted journal
// its seal. That reads every page once, already in the system's cache
// after the copy; see BenchmarkVerifyBackup for what it costs.

// BackupState says what reading a backup back found.
type BackupState int

const (
	// BackupUnchecked is a backup that was not read back: one written by
	// an earlier debrief, or a copy of a journal whose records carry no
	// checksum yet.
	BackupUnchecked BackupState = iota
	// BackupGood is a backup whose every record read back as saved.
	BackupGood
	// BackupDamaged is a backup with a record that did not read back as
	// saved, or whose file could not be read to the end: a copy of a
	// damaged journal, or a copy damaged as it was written.
	BackupDamaged
)

// String names the state in the words `backup --list` shows.
func (st BackupState) String() string {
	switch st {
	case BackupGood:
		return "good"
	case BackupDamaged:
		return "damaged"
	}
	return "unchecked"
}

// verifyCopy reads back the copy tx reads, as above: each record's
// checksum, or its seal opened with sl (the journal's own sealer: a copy
// shares its key). An encrypted copy without sl is left unchecked.
func verifyCopy(tx *bolt.Tx, sl *sealer) BackupState {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return BackupDamaged
	}
	sealed := meta.Get(keySealing) != nil
	switch {
	case sealed && sl == nil:
		return BackupUnchecked
	case !sealed && btoi(meta.Get(keySchema)) < checksumSchema:
		return BackupUnchecked
	}
	for _, name := range allBuckets() {
		if tx.Bucket(name) == nil {
			return BackupDamaged
		}
	}
	// Each value is opened as every read opens it; what is opened is not
	// read, so nothing is decoded.
	cd := codec{sealed: sealed, sealer: sl, checksums: !sealed}
	nameless := func() string { return "" }
	ignore := func([]byte) error { return nil }
	err := guard(func() error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				// A nested section is no record; check reports one.
				if v == nil || !carriesChecksum(name, k) {
					return nil
				}
				return cd.read(name, k, v, nameless, ignore)
			})
		})
	})
	if err != nil {
		return BackupDamaged
	}
	return BackupGood
}
