package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// EncryptReport says what Encrypt did.
type EncryptReport struct {
	// Already is set when the journal was encrypted before.
	Already bool
	// Backup is the backup taken first, sealed like the journal.
	Backup string
	// Sealed lists the earlier backups (and journals a restore kept
	// beside it) that were sealed too.
	Sealed []string
	// Plain lists those that could not be sealed (damaged, or open in
	// another debrief) and still hold readable text.
	Plain []string
}

// Encrypt turns the plain journal at path into an encrypted one, creating
// it first when there is none, under the passphrase newPass gives (asked
// only once the journal is known to be plain and sound). A new random data
// key seals every record; the key is sealed by the passphrase.
//
// It writes the encrypted journal as a new file beside the journal, checks
// it, and renames it into place, so that a crash at any moment leaves the
// plain journal or the encrypted one. It takes a backup first, and seals
// it along with every earlier backup in the backups folder (and every
// journal a restore kept beside it), each again by a new file renamed into
// place; the plain files those renames replace are overwritten with zeros.
// A journal open in the app elsewhere is refused (ELocked).
func Encrypt(path string, newPass func() ([]byte, error), now time.Time) (EncryptReport, error) {
	var rep EncryptReport
	path = journalFile(path)
	removeJournalLeftovers(path)
	s, err := Open(path)
	if journal.ErrorCode(err) == journal.ESealed {
		rep.Already = true
		return rep, nil
	}
	if err != nil {
		return rep, err
	}
	closeStore := closer(s)
	defer closeStore()
	unlockSessions, err := lockOutSessions(path, true)
	if err != nil {
		return rep, err
	}
	defer unlockSessions()
	before, err := soundJournal(s)
	if err != nil {
		return rep, err
	}
	pass, err := newPass()
	if err != nil {
		return rep, err
	}
	key, err := newDataKey()
	if err != nil {
		clear(pass)
		return rep, err
	}
	defer clear(key)
	sealedKey, err := sealKey(pass, key, defaultKDF)
	clear(pass)
	if err != nil {
		return rep, &journal.Error{Code: journal.EInternal, Message: "The journal's key could not be sealed; nothing was changed.", Err: err}
	}
	sl, err := newSealer(key)
	if err != nil {
		return rep, err
	}
	if rep.Backup, err = s.BackupBeside("before-encrypt"); err != nil {
		return rep, err
	}
	if err := closeStore(); err != nil {
		return rep, err
	}
	to := codec{sealed: true, sealer: sl}
	err = replaceJournal(path, nil, to, sealedKey, before, func() {
		rep.Sealed, rep.Plain = sealBackups(path, to, sealedKey)
	}, true)
	return rep, err
}

// Decrypt turns the encrypted journal at path back into a plain one,
// unlocked with o.Passphrase, as Encrypt does the other way (a new file,
// checked, renamed into place). The backup it takes first is a copy of the
// encrypted journal, and stays encrypted; so do earlier backups. It returns
// the backup's path.
func Decrypt(path string, o Options) (string, error) {
	path = journalFile(path)
	if err := mustExist(path); err != nil {
		return "", err
	}
	removeJournalLeftovers(path)
	o.ReadOnly = false
	s, err := Open(path, o)
	if err != nil {
		return "", err
	}
	closeStore := closer(s)
	defer closeStore()
	if s.sealer == nil {
		return "", journal.Errorf(journal.EConflict, "The journal at %s is not encrypted; nothing was changed.", path)
	}
	unlockSessions, err := lockOutSessions(path, true)
	if err != nil {
		return "", err
	}
	defer unlockSessions()
	before, err := soundJournal(s)
	if err != nil {
		return "", err
	}
	backup, err := s.BackupBeside("before-decrypt")
	if err != nil {
		return "", err
	}
	sl := s.sealer
	if err := closeStore(); err != nil {
		return "", err
	}
	return backup, replaceJournal(path, sl, codec{checksums: true}, nil, before, nil, false)
}

// soundJournal checks the journal before it is rewritten, refusing one
// with problems: a damaged record cannot be carried over.
func soundJournal(s *Store) (CheckReport, error) {
	rep, err := s.Check()
	if err != nil {
		return rep, err
	}
	if !rep.OK() {
		return rep, refusalf(rep.Err("The journal"))
	}
	return rep, nil
}

// refusalf adds to a check's error that nothing was changed.
func refusalf(err error) error {
	var je *journal.Error
	if !errors.As(err, &je) {
		return err
	}
	return &journal.Error{Code: je.Code, Message: je.Message + " Nothing was changed; `debrief check` lists the problems.", Err: je.Err}
}

// replaceJournal writes the journal at path again with the codec to (and
// sealedKey in its meta) into a new file beside it, checks the copy against
// the check before, calls beforeSwap, and renames the copy into place. The
// journal is held for reading meanwhile, so no debrief writes to it. from
// is the sealer of an encrypted journal, nil for a plain one. With shred,
// the journal replaced is overwritten with zeros once no one reads it.
func replaceJournal(path string, from *sealer, to codec, sealedKey []byte, before CheckReport, beforeSwap func(), shred bool) error {
	dir := filepath.Dir(path)
	db, err := openBolt(path, Options{}, true, false)
	if err != nil {
		return err
	}
	registerSealer(db, from)
	closeDB := func() {
		if db != nil {
			forgetSealer(db)
			db.Close()
			db = nil
		}
	}
	defer closeDB()
	tmp, err := newTempJournal(dir, tempSeal)
	if err != nil {
		return writeError(err)
	}
	defer os.Remove(tmp)
	if err := rewriteInto(db, tmp, to, sealedKey); err != nil {
		return rewriteError(err)
	}
	release := lockTempFile(tmp)
	defer release()
	if err := sameRecords(tmp, to.sealer, before); err != nil {
		return err
	}
	if beforeSwap != nil {
		beforeSwap()
	}
	var old *os.File
	if shred {
		old, _ = os.OpenFile(path, os.O_RDWR, 0)
	}
	if err := os.Rename(tmp, path); err != nil {
		if old != nil {
			old.Close()
		}
		return writeError(err)
	}
	if err := syncFile(dir); err != nil {
		return writeError(err)
	}
	closeDB()
	if old != nil {
		// The plain journal's bytes go; failing that, the journal is
		// still encrypted, so it is not reported as a failure.
		_ = shredUnlinked(old)
	}
	return nil
}

// rewriteError explains a rewrite that failed; the journal is unchanged.
func rewriteError(err error) error {
	var je *journal.Error
	if errors.As(err, &je) && je.Code != journal.EInternal {
		return refusalf(err)
	}
	return writeError(err)
}

// sameRecords checks the copy at tmp and compares what it holds with the
// check of the journal it was copied from.
func sameRecords(tmp string, sl *sealer, before CheckReport) error {
	t, err := Open(tmp, Options{ReadOnly: true, unlocked: sl})
	if err != nil {
		return err
	}
	after, err := t.Check()
	t.Close()
	if err != nil {
		return err
	}
	if !after.OK() || after.Interviews != before.Interviews || after.Summaries != before.Summaries || after.Drafts != before.Drafts || after.Reviews != before.Reviews {
		return &journal.Error{Code: journal.EInternal, Err: fmt.Errorf("copy: %+v, journal: %+v", after, before), Message: "The rewritten journal did not match the journal it was made from, so it was not put in place. Nothing was changed."}
	}
	return nil
}

// sealBackups seals every plain backup of the journal at path in its
// backups folder, and every journal a restore kept beside it, with the
// journal's new key. It returns those it sealed and those it could not.
func sealBackups(path string, to codec, sealedKey []byte) (sealed, plain []string) {
	var files []string
	prefix := journalBase(path) + "-"
	if entries, err := os.ReadDir(BackupDirOf(path)); err == nil {
		for _, e := range entries {
			if e.Type().IsRegular() && strings.HasPrefix(e.Name(), prefix) && strings.HasSuffix(e.Name(), ".db") {
				files = append(files, filepath.Join(BackupDirOf(path), e.Name()))
			}
		}
	}
	kept, _ := filepath.Glob(path + ".replaced-*")
	files = append(files, kept...)
	for _, f := range files {
		switch done, err := sealFile(f, to, sealedKey); {
		case err != nil:
			plain = append(plain, f)
		case done:
			sealed = append(sealed, f)
		}
	}
	return sealed, plain
}

// sealFile seals the plain journal file at path (a backup) in place, by a
// new file renamed over it, and zeroes the plain file it replaces. A file
// that is not a journal, or is encrypted already, is left as it is
// (false).
func sealFile(path string, to codec, sealedKey []byte) (bool, error) {
	if !looksLikeJournal(path) {
		return false, nil
	}
	sealedKey0, err := inspect(path, Options{})
	if err != nil || sealedKey0 != nil {
		return false, err
	}
	db, err := openBolt(path, Options{}, true, false)
	if err != nil {
		return false, err
	}
	defer db.Close()
	tmp, err := newTempJournal(filepath.Dir(path), tempSeal)
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp)
	if err := rewriteInto(db, tmp, to, sealedKey); err != nil {
		return false, err
	}
	if err := syncFile(tmp); err != nil {
		return false, err
	}
	old, _ := os.OpenFile(path, os.O_RDWR, 0)
	if err := os.Rename(tmp, path); err != nil {
		if old != nil {
			old.Close()
		}
		return false, err
	}
	_ = syncFile(filepath.Dir(path))
	db.Close()
	if old != nil {
		_ = shredUnlinked(old)
	}
	return true, nil
}

// closer returns a function that closes s the first time it is called.
func closer(s *Store) func() error {
	done := false
	return func() error {
		if done {
			return nil
		}
		done = true
		return s.Close()
	}
}
