package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// ReplacedLayout is the time stamp in the name the replaced journal gets
// beside the restored one, such as journal.db.replaced-2026-11-22T101500.
const ReplacedLayout = "2006-01-02T150405"

// RestoreReport says what Restore put in place and where the journal it
// replaced went.
type RestoreReport struct {
	// Check is the check of the backup: what it holds, and its problems
	// when it was refused.
	Check CheckReport
	// Replaced is the path the previous journal was kept under, or "" when
	// there was none.
	Replaced string
}

// Restore replaces the journal at path with the backup at backup. The
// backup is checked first (bbolt's consistency check, and every record read
// and held to the domain's rules) and refused, with nothing changed, if
// anything is wrong with it. It is then compacted into a new file beside the
// journal, which takes the journal's name in one atomic rename while the
// journal's lock is held, so no debrief is in an operation on it meanwhile;
// a journal open on a screen (see session.go), or busy past LockTimeout,
// is refused with ELocked. The previous journal is
// kept beside it as <name>.replaced-<time>, time taken from now. A damaged
// journal can be replaced: it is never opened, only locked. When path is a
// symbolic link, the file it leads to is replaced and the link kept.
// Temporary files an interrupted restore left beside the journal are
// removed first.
//
// An encrypted backup is unlocked with the Passphrase of opts (the one it
// had when it was taken), and the journal it becomes is encrypted alike.
func Restore(path, backup string, now time.Time, opts ...Options) (RestoreReport, error) {
	var rep RestoreReport
	path = journalFile(path)
	removeLeftovers(filepath.Dir(path), time.Now())
	removeLegacyLeftovers(filepath.Dir(path), time.Now())
	if same, _ := sameFiles(path, backup); same {
		return rep, journal.Errorf(journal.EInvalid, "%s is the journal itself, not a backup of it.", backup)
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return rep, journal.Errorf(journal.EInvalid, "%s is not a journal file; nothing was restored.", path)
	}
	src, err := openBackup(backup, readingOptions(opts))
	if err != nil {
		return rep, err
	}
	defer src.Close()
	if rep.Check, err = src.Check(); err != nil {
		return rep, err
	}
	if !rep.Check.OK() {
		return rep, refusal(backup, rep.Check.Err("The backup "+backup))
	}
	// No journal is swapped under a debrief that has it open on a screen.
	unlock, err := lockOutSessions(path, true)
	if err != nil {
		return rep, err
	}
	defer unlock()
	tmp, release, err := compactBeside(path, src)
	if err != nil {
		return rep, err
	}
	defer release()
	defer os.Remove(tmp)
	rep.Replaced, err = swapInto(path, tmp, now)
	return rep, err
}

// openBackup opens a backup read-only, in words about a backup rather than
// a journal.
func openBackup(backup string, o Options) (*Store, error) {
	s, err := Open(backup, o)
	switch journal.ErrorCode(err) {
	case "":
		return s, nil
	case journal.ENotFound:
		return nil, journal.Errorf(journal.ENotFound, "There is no backup at %s.", backup)
	case journal.ECorrupt:
		return nil, refusal(backup, journal.Errorf(journal.ECorrupt, "The backup %s is damaged or is not a debrief journal.", backup))
	case journal.ENewer:
		return nil, refusal(backup, journal.Errorf(journal.ENewer, "The backup %s was written by a newer debrief; update debrief to restore it.", backup))
	case journal.ELocked:
		return nil, journal.Errorf(journal.ELocked, "The backup %s is open in a debrief; close it first.", backup)
	}
	return nil, err
}

// refusal adds to err's message that nothing was changed.
func refusal(backup string, err error) error {
	var je *journal.Error
	if !errors.As(err, &je) {
		return err
	}
	return &journal.Error{Code: je.Code, Message: je.Message + " Nothing was restored; the journal is unchanged.", Err: je.Err}
}

// compactBeside copies src into a new file in the journal's folder, so the
// final rename stays on one file system, leaving out the free pages a
// backup carries. The file is synced before its name is returned, and
// locked until release is called (see leftovers.go).
func compactBeside(path string, src *Store) (tmp string, release func(), err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", nil, writeError(err)
	}
	f, err := os.CreateTemp(dir, tempPattern(tempRestore))
	if err != nil {
		return "", nil, writeError(err)
	}
	tmp = f.Name()
	f.Close()
	os.Remove(tmp) // bbolt initialises only a missing or empty file
	fail := func(err error) (string, func(), error) {
		os.Remove(tmp)
		return "", nil, writeError(err)
	}
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return fail(err)
	}
	// A bounded transaction size keeps memory flat for any journal size.
	err = src.withDB(func(db *bolt.DB) error {
		return guard(func() error { return bolt.Compact(dst, db, 64<<20) })
	})
	if err == nil {
		// The journal made from a backup is no backup: backup --force
		// must never replace it.
		err = unmarkBackup(dst)
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncFile(tmp)
	}
	if err != nil {
		return fail(err)
	}
	// bbolt locked the file while it had it open; it was written a moment
	// ago, so no debrief takes it for a leftover before this lock.
	return tmp, lockTempFile(tmp), nil
}

// swapInto puts the file tmp in place of the journal at path, under the
// journal's lock, and keeps the journal it replaces beside it.
func swapInto(path, tmp string, now time.Time) (string, error) {
	dir := filepath.Dir(path)
	old, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(tmp, path); err != nil {
			return "", writeError(err)
		}
		return "", syncFile(dir)
	}
	if err != nil {
		return "", &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("The journal at %s cannot be replaced: %s.", path, reason(err)), Err: err}
	}
	defer old.Close()
	unlock, err := lockFile(old, LockTimeout)
	if errors.Is(err, errLockTimeout) {
		return "", journal.Errorf(journal.ELocked, "The journal %s is busy in another debrief. Nothing was changed; try again in a moment.", path)
	}
	if err != nil {
		return "", writeError(err)
	}
	defer unlock()
	kept := freeName(path + ".replaced-" + now.Format(ReplacedLayout))
	// A second name for the old journal first, so that at every moment the
	// journal's own name holds a whole journal, old or new.
	if err := os.Link(path, kept); err != nil {
		if err := os.Rename(path, kept); err != nil {
			return "", writeError(err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", writeError(err)
	}
	return kept, syncFile(dir)
}

// freeName returns name, or name with -2, -3… added when it is taken.
func freeName(name string) string {
	candidate := name
	for i := 2; ; i++ {
		if _, err := os.Lstat(candidate); errors.Is(err, os.ErrNotExist) {
			return candidate
		}
		candidate = name + "-" + strconv.Itoa(i)
	}
}

// sameFiles reports whether two paths name the same existing file.
func sameFiles(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// heldFile remembers the file bbolt opens, so that Open can tell whether
// it is still the one named by the journal's path once the lock is held.
type heldFile struct {
	open func(string, int, os.FileMode) (*os.File, error)
	file *os.File
}

func (h *heldFile) openFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	open := h.open
	if open == nil {
		open = os.OpenFile
	}
	f, err := open(name, flag, perm)
	if err == nil && h.file == nil {
		h.file = f
	}
	return f, err
}

// stillAt reports whether the file bbolt holds is still the one named path.
// It is not after a restore swapped the journal while the open waited for
// the lock.
func (h *heldFile) stillAt(path string) bool {
	if h.file == nil {
		return true
	}
	held, err := h.file.Stat()
	if err != nil {
		return true
	}
	named, err := os.Stat(path)
	if err != nil {
		return true
	}
	return os.SameFile(held, named)
}
