package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// Backup writes a consistent copy of the journal to dst while it stays in
// use: a read transaction's snapshot goes to a temporary file beside dst
// (see leftovers.go), which is synced, read back (see backup_verify.go)
// and then renamed into place, so dst is never half-written. Writes go on
// meanwhile; the copy holds the journal as it was when the backup began.
// dst must not be the journal itself. When dst is a symbolic link, the
// file it leads to is written and the link kept.
func (s *Store) Backup(dst string) error {
	_, _, err := s.writeBackup(dst, "")
	return err
}

// writeBackup writes the backup as Backup does, and returns where it went
// and what reading it back found: to dst, or to damaged instead when that
// is not "" and the copy did not read back whole.
func (s *Store) writeBackup(dst, damaged string) (string, BackupState, error) {
	dst = journalFile(dst)
	if same, _ := sameFiles(s.path, dst); same {
		return dst, BackupUnchecked, journal.Errorf(journal.EInvalid, "%s is the journal itself; a backup needs another file.", dst)
	}
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return dst, BackupUnchecked, writeError(err)
	}
	tmp, err := createTemp(dir, tempBackup)
	if err != nil {
		return dst, BackupUnchecked, writeError(err)
	}
	defer os.Remove(tmp.Name())
	// bbolt words some write failures in its own text, losing the
	// system's reason (a full disk); keep the first one seen.
	out := &firstError{w: tmp}
	err = s.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(out)
		if err != nil && out.err != nil {
			return out.err
		}
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Chmod(0o600)
	}
	// Closing releases the file's lock; it was modified a moment ago, so
	// no other debrief takes it for a leftover before the rename.
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	state := BackupUnchecked
	if err == nil {
		state, err = markBackup(tmp.Name(), s.Now(), s.sealer)
	}
	if state == BackupDamaged && damaged != "" {
		dst = damaged
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		if journal.ErrorCode(err) != journal.EInternal {
			return dst, state, err
		}
		return dst, state, writeError(err)
	}
	return dst, state, syncFile(dir)
}

// BackupDir returns the folder beside the journal where automatic backups go.
func (s *Store) BackupDir() string { return BackupDirOf(s.path) }

// BackupDirOf returns the folder of automatic backups of the journal at
// path: a folder named backups beside it (beside the file a symbolic link
// leads to, when path is one).
func BackupDirOf(path string) string {
	return filepath.Join(filepath.Dir(journalFile(path)), "backups")
}

// BackupBeside writes a backup named after label into BackupDir and returns
// its path.
func (s *Store) BackupBeside(label string) (string, error) {
	dst := BackupPath(s.path, label)
	return dst, s.Backup(dst)
}

// BackupPath returns the path in BackupDirOf(path) of the backup of the
// journal at path named after label, such as
// backups/journal-daily-2026-03-14.db.
func BackupPath(path, label string) string {
	return filepath.Join(BackupDirOf(path), fmt.Sprintf("%s-%s.db", journalBase(path), label))
}

// journalBase returns the journal's file name without its extension, which
// starts the name of each of its backups.
func journalBase(path string) string {
	base := filepath.Base(journalFile(path))
	return base[:len(base)-len(filepath.Ext(base))]
}

// firstError passes writes on to w and keeps the first error w gave.
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}
