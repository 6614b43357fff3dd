package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// A debrief that has the journal open holds bbolt's exclusive lock on it,
// and bbolt's read-only open needs a shared lock, so no other process can
// open it at all. copySnapshot copies the file without the lock instead,
// relying on how bbolt writes:
//
//   - it never writes over a page that the newest committed meta page can
//     reach: a transaction writes only to pages that are free in that
//     snapshot, and pages it frees become reusable only by a later
//     transaction, after its own meta page is written;
//   - a commit ends by writing one of the two meta pages at the head of the
//     file, with a higher transaction ID than before.
//
// So if the two meta pages are the same before and after a copy of the
// whole file, no commit finished meanwhile, and every page the newest meta
// page reaches was copied as it was when that meta page was written: the
// copy holds exactly that committed transaction. If they differ, the copy
// is thrown away and taken again. The result is then opened like any
// journal and checked before it is trusted.

// snapshotPatience is how long copySnapshot keeps trying on a journal that
// another debrief keeps saving to. The app saves in short bursts (a draft
// as the user types), so a quiet moment comes quickly.
const snapshotPatience = 3 * time.Second

// boltMagic is the marker bbolt writes in its meta pages.
const boltMagic = 0xED0CDAED

// copySnapshot copies the journal at path into the file dst (created or
// truncated) as one committed state, taking no lock.
func copySnapshot(path, dst string) error {
	deadline := time.Now().Add(snapshotPatience)
	for attempt := 1; ; attempt++ {
		same, err := copyOnce(path, dst)
		if err != nil {
			return err
		}
		if same {
			return nil
		}
		if time.Now().After(deadline) {
			return journal.Errorf(journal.EConflict, "The journal %s kept changing while it was being copied; try again in a moment.", path)
		}
		// Another debrief is saving; give it a moment to finish.
		time.Sleep(time.Duration(min(attempt, 10)) * 10 * time.Millisecond)
	}
}

// copyOnce copies the file and reports whether its meta pages stayed the
// same throughout.
func copyOnce(path, dst string) (bool, error) {
	src, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, journal.Errorf(journal.ENotFound, "There is no journal at %s yet.", path)
	}
	if err != nil {
		return false, writeError(err)
	}
	defer src.Close()
	before, err := metaPages(src)
	if err != nil {
		return false, err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return false, writeError(err)
	}
	_, err = io.Copy(out, io.NewSectionReader(src, 0, 1<<62))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, writeError(err)
	}
	after, err := metaPages(src)
	if err != nil {
		return false, err
	}
	return bytes.Equal(before, after), nil
}

// metaPages returns the first two pages of a bbolt file, which are its two
// meta pages.
func metaPages(f *os.File) ([]byte, error) {
	// The page header is 16 bytes; the meta that follows starts with the
	// magic, the format version and the page size, each 4 bytes in the
	// byte order of the machine that wrote it.
	head := make([]byte, 32)
	if _, err := f.ReadAt(head, 0); err != nil {
		return nil, notJournal(f.Name())
	}
	order, ok := boltByteOrder(head[16:20])
	if !ok {
		return nil, notJournal(f.Name())
	}
	size := order.Uint32(head[24:28])
	if size < 512 || size > 1<<16 || size&(size-1) != 0 {
		return nil, notJournal(f.Name())
	}
	pages := make([]byte, 2*size)
	if _, err := f.ReadAt(pages, 0); err != nil {
		return nil, notJournal(f.Name())
	}
	return pages, nil
}

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

func notJournal(path string) error {
	return journal.Errorf(journal.ECorrupt, "%s is damaged or is not a debrief journal.", path)
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

// openSnapshot opens the journal at path read-only. When another debrief
// holds it, it opens a snapshot copied into a hidden file in dir instead,
// and whileOpen is true. done closes the store and removes any copy.
func openSnapshot(path, dir string) (s *Store, whileOpen bool, done func(), err error) {
	s, err = Open(path, Options{ReadOnly: true})
	if err == nil {
		return s, false, func() { s.Close() }, nil
	}
	if journal.ErrorCode(err) != journal.ELocked {
		return nil, false, nil, err
	}
	s, done, err = openCopy(path, dir)
	return s, true, done, err
}

// openCopy copies the journal at path without its lock into a hidden file
// in dir (see copySnapshot) and opens the copy read-only. done closes the
// store and removes the copy.
func openCopy(path, dir string) (s *Store, done func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, writeError(err)
	}
	// The file stays open, and so locked, for as long as the copy exists
	// (see leftovers.go).
	f, err := createTemp(dir, tempSnapshot)
	if err != nil {
		return nil, nil, writeError(err)
	}
	tmp := f.Name()
	drop := func() { f.Close(); os.Remove(tmp) }
	if err := copySnapshot(path, tmp); err != nil {
		drop()
		return nil, nil, err
	}
	// The store stays on the copy: it opens its file for each operation,
	// and the journal's own is the one that is held.
	s, err = Open(tmp, Options{ReadOnly: true})
	if err != nil {
		drop()
		return nil, nil, err
	}
	return s, func() { s.Close(); drop() }, nil
}

// BackupResult says how BackupFile made its copy and what the copy holds.
type BackupResult struct {
	// WhileOpen is true when another debrief had the journal open, so it
	// was copied without its lock (see copySnapshot).
	WhileOpen bool
	// Check is the check of the backup as written.
	Check CheckReport
}

// BackupFile writes a consistent copy of the journal at path to dst, also
// while another debrief has the journal open, and checks the copy. A
// problem the check finds is in the result, not an error: the backup is a
// faithful copy of a journal that has it. dst is never the journal itself.
// An existing dst is refused (EConflict) unless replace is true, and even
// then it is replaced only when it is a bbolt file (an earlier backup),
// never any other file. When dst is a symbolic link, the file it leads to
// is written and the link kept. Temporary files an interrupted backup left
// in dst's folder are removed first.
func BackupFile(path, dst string, replace bool) (BackupResult, error) {
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
		}
	}
	now := time.Now()
	removeLeftovers(filepath.Dir(dst), now)
	removeLegacyLeftovers(filepath.Dir(dst), now)
	s, whileOpen, done, err := openSnapshot(path, filepath.Dir(dst))
	if err != nil {
		return res, err
	}
	err = s.Backup(dst)
	done()
	if journal.ErrorCode(err) == journal.ELocked && !whileOpen {
		// The journal opened, but another debrief's long operation (an
		// import, say) held it past the wait: copy it without the lock.
		whileOpen = true
		if s, done, err = openCopy(path, filepath.Dir(dst)); err == nil {
			err = s.Backup(dst)
			done()
		}
	}
	res.WhileOpen = whileOpen
	if err != nil {
		return res, err
	}
	b, err := Open(dst, Options{ReadOnly: true})
	if err != nil {
		return res, err
	}
	defer b.Close()
	res.Check, err = b.Check()
	return res, err
}

// CheckFile checks the journal at path (see Check), also while another
// debrief has it open: then a snapshot copied beside the journal is
// checked, and whileOpen is true.
func CheckFile(path string) (rep CheckReport, whileOpen bool, err error) {
	s, whileOpen, done, err := openSnapshot(path, filepath.Dir(path))
	if err != nil {
		return rep, whileOpen, err
	}
	defer done()
	rep, err = s.Check()
	return rep, whileOpen, err
}
