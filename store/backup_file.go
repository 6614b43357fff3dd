package store

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// boltMagic is the marker bbolt writes in its meta pages.
const boltMagic = 0xED0CDAED

// boltByteOrder finds the byte order a bbolt file was written in from its
// magic number.
func boltByteOrder(magic []byte) (binary.ByteOrder, bool) {
	switch {
	case binary.LittleEndian.Uint32(magic) == boltMagic:
		return binary.LittleEndian, true
	case binary.BigEndian.Uint32(magic) == boltMagic:
		return binary.BigEndian, true
	}
	return nil, false
}

// looksLikeJournal reports whether the file at path starts like a bbolt
// file, so that a backup only ever overwrites an earlier backup.
func looksLikeJournal(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 20)
	if _, err := f.ReadAt(head, 0); err != nil {
		return false
	}
	_, ok := boltByteOrder(head[16:20])
	return ok
}

// BackupResult says what the copy BackupFile made holds.
type BackupResult struct {
	// Check is the check of the backup as written.
	Check CheckReport
}

// BackupFile writes a consistent copy of the journal at path to dst, also
// while another debrief has the journal open (it waits for the moment
// between two of its operations), and checks the copy. A
// problem the check finds is in the result, not an error: the backup is a
// faithful copy of a journal that has it. dst is never the journal itself.
// An existing dst is refused (EConflict) unless replace is true, and even
// then it is replaced only when it is a bbolt file (an earlier backup),
// never any other file. When dst is a symbolic link, the file it leads to
// is written and the link kept. Temporary files an interrupted backup left
// in dst's folder are removed first. An encrypted journal is unlocked with
// the Passphrase of opts; its backup is encrypted alike.
func BackupFile(path, dst string, replace bool, opts ...Options) (BackupResult, error) {
	var res BackupResult
	dst = journalFile(dst)
	if same, _ := sameFiles(path, dst); same {
		return res, journal.Errorf(journal.EInvalid, "%s is the journal itself; a backup needs another file.", dst)
	}
	if info, err := os.Stat(dst); err == nil {
		switch {
		case info.IsDir():
			return res, journal.Errorf(journal.EInvalid, "%s is a folder; name the backup file to write.", dst)
		case !looksLikeJournal(dst):
			return res, journal.Errorf(journal.EConflict, "%s exists and is not a debrief backup; it was left as it is. Choose another name.", dst)
		case !replace:
			return res, journal.Errorf(journal.EConflict, "%s exists already; nothing was written. Add --force to replace it with a new backup.", dst)
		case !isMarkedBackup(dst):
			return res, journal.Errorf(journal.EConflict, "%s is a journal, not a backup debrief wrote, so even --force leaves it as it is. Choose another name.", dst)
		}
	}
	if _, err := os.Stat(dst); err == nil {
		// Nor a backup someone has opened in the app as a journal.
		unlock, err := lockOutSessions(dst, false)
		if err != nil {
			return res, err
		}
		defer unlock()
	}
	now := time.Now()
	if dir, err := filepath.Abs(filepath.Dir(dst)); err == nil {
		rememberBackupFolder(dir)
	}
	removeLeftovers(filepath.Dir(dst), now)
	removeLegacyLeftovers(filepath.Dir(dst), now)
	s, err := Open(path, readingOptions(opts))
	if err != nil {
		return res, err
	}
	err = s.Backup(dst)
	s.Close()
	if err != nil {
		return res, err
	}
	b, err := Open(dst, Options{ReadOnly: true, unlocked: s.sealer})
	if err != nil {
		return res, err
	}
	defer b.Close()
	res.Check, err = b.Check()
	return res, err
}

// CheckFile checks the journal at path (see Check) without changing it,
// also while another debrief has it open: the check waits for the moment
// between two of that debrief's operations, and holds the journal for
// reading while it runs. An encrypted journal is unlocked with the
// Passphrase of opts.
func CheckFile(path string, opts ...Options) (CheckReport, error) {
	s, err := Open(path, readingOptions(opts))
	if err != nil {
		return CheckReport{}, err
	}
	defer s.Close()
	return s.Check()
}

// readingOptions returns the first of opts (or none) set to read only.
func readingOptions(opts []Options) Options {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	o.ReadOnly = true
	return o
}
