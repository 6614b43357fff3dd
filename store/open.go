package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/debrief-journal/debrief/journal"
)

// SchemaVersion is the version of the journal layout this build writes.
// From version 4 on a journal may be encrypted (see seal.go), so a debrief
// that could not read or would write it unsealed refuses it.
const SchemaVersion = 4

// LockTimeout is how long an operation waits for another debrief's
// operation on the journal to end before giving up. Each debrief holds the
// journal only for one operation at a time (see handle.go), so the wait is
// short unless the other side is busy with something large.
const LockTimeout = time.Second

// minJournalSize is the smallest file bbolt ever writes (four pages of the
// smallest page size a journal is created with); anything shorter is
// truncated or not a journal.
const minJournalSize = 4 * 1024

// Store is an open journal. It holds the file only during each operation
// (see handle.go), so other debriefs can use the journal between them.
type Store struct {
	path     string
	opts     Options
	readOnly bool
	// mu guards db and users: the bbolt handle shared by the operations
	// under way, and how many there are.
	mu    sync.Mutex
	idle  *sync.Cond // signalled on mu when users falls to 0
	db    *bolt.DB
	users int
	// ident is the journal file as Open found it.
	ident os.FileInfo
	// session is the session lock's file while HoldSession holds it.
	session *os.File
	// sealer seals and opens the values of an encrypted journal once it
	// is unlocked; nil for a plain journal.
	sealer *sealer
	// noSync skips the sync of each commit; only tests set it.
	noSync bool
	// wrote is set by the first write, so Close knows to scrub.
	wrote atomic.Bool
	// Now returns the current time; tests replace it to stay deterministic.
	Now func() time.Time
	// Process names this debrief to the drafts it opens (see ClaimDraft);
	// its zero value is this process. Tests replace it to act as another
	// debrief on the same journal.
	Process Process
	// background counts work started by the store itself (the daily
	// backup), which Close waits for.
	background sync.WaitGroup
	// closing is closed when Close begins, so that background work still
	// waiting for its turn starts at once.
	closing   chan struct{}
	closeOnce sync.Once
	// planning is the room the last agenda's copies were decoded into,
	// kept for the next one (see Agenda).
	planning atomic.Pointer[planningMemory]
}

// Options tune how a journal is opened. The zero value is right for the app.
type Options struct {
	// OpenFile replaces os.OpenFile, so tests can inject write failures.
	OpenFile func(string, int, os.FileMode) (*os.File, error)
	// MaxSize caps the file size in bytes (0: no cap), so tests can fill it.
	MaxSize int
	// ReadOnly opens the journal without taking the write lock.
	ReadOnly bool
	// Passphrase is asked for the passphrase when the journal is
	// encrypted, and only then. Open clears the bytes it returns once it
	// has used them. Without it an encrypted journal is refused with
	// ESealed; a passphrase that does not open it gives EPassphrase.
	Passphrase func() ([]byte, error)
	// Attempts is how many times Passphrase is asked while the passphrase
	// it gives does not open the journal (a person typing it); 0 or 1 asks
	// once.
	Attempts int
	// unlocked is the sealer of a journal already unlocked, for a file
	// that shares its data key (the same journal opened again, a backup
	// of it just written).
	unlocked *sealer
}

// Open opens the journal at path, creating it (and its directory) when it
// does not exist. A journal held by another debrief, written by a newer
// version, or damaged is refused with a clear *journal.Error and left as it is.
func Open(path string, opts ...Options) (*Store, error) {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if o.ReadOnly {
			return nil, journal.Errorf(journal.ENotFound, "There is no journal at %s yet.", path)
		}
		if err := create(path, o); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("The journal at %s cannot be read: %s.", path, reason(err)), Err: err}
	case info.IsDir():
		return nil, journal.Errorf(journal.EInvalid, "%s is a folder, not a journal file.", path)
	case info.Size() < minJournalSize:
		return nil, journal.Errorf(journal.ECorrupt, "The journal at %s is damaged (only %d bytes). It was left untouched; restore a backup with `debrief restore`.", path, info.Size())
	}
	// Look before writing: a damaged or newer journal must not be touched,
	// and bbolt writes to a file as soon as it opens it for writing.
	sealedKey, err := inspect(path, o)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, opts: o, readOnly: o.ReadOnly, Now: time.Now, closing: make(chan struct{})}
	if sealedKey != nil {
		if s.sealer, err = unlock(path, sealedKey, o); err != nil {
			return nil, err
		}
	}
	s.idle = sync.NewCond(&s.mu)
	if !o.ReadOnly {
		if err := s.migrate(); err != nil {
			return nil, err
		}
		// Derived data: a journal that cannot have it yet (a damaged
		// interview, say) opens without it, and reads whole interviews.
		_ = s.ensureAnalysisIndex()
	}
	// From here on every operation checks that the journal is still this
	// file (see checkIdentity).
	s.ident, _ = os.Stat(path)
	return s, nil
}

// Close starts any background backup still waiting for its turn and waits
// for it to finish. After a session that wrote, it also wipes the journal's
// free pages (see scrub.go), so that nothing deleted or replaced stays
// readable in the file.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { close(s.closing) })
	s.background.Wait()
	defer s.releaseSession()
	// Operations still under way (a save the screens started as they
	// closed) end first: the scrub must not run beside them.
	s.mu.Lock()
	for s.users > 0 {
		s.idle.Wait()
	}
	s.mu.Unlock()
	if s.wrote.Load() {
		return s.scrub()
	}
	return nil
}

// Path returns the journal's file path.
func (s *Store) Path() string { return s.path }

// create makes a new journal under a temporary name, sets it up, syncs it and
// only then gives it its real name, so a crash never leaves a half-made
// journal behind.
func create(path string, o Options) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("Cannot create the folder %s: %s.", dir, reason(err)), Err: err}
	}
	tmp, err := os.CreateTemp(dir, ".journal-*.tmp")
	if err != nil {
		return &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("Cannot create a journal in %s: %s.", dir, reason(err)), Err: err}
	}
	tmpPath := tmp.Name()
	tmp.Close()
	os.Remove(tmpPath) // bbolt initialises only a missing or empty file
	defer os.Remove(tmpPath)
	db, err := openBolt(tmpPath, o, false, true)
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := createBuckets(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, itob(SchemaVersion))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return writeError(err)
	}
	if err := syncFile(tmpPath); err != nil {
		return writeError(err)
	}
	// Link, not rename: if another debrief created the journal meanwhile,
	// keep theirs.
	if err := os.Link(tmpPath, path); err != nil && !errors.Is(err, os.ErrExist) {
		if err := os.Rename(tmpPath, path); err != nil {
			return writeError(err)
		}
	}
	return syncFile(dir)
}

// inspect opens the journal read-only and checks that it is whole, is a
// debrief journal, and is not from a newer debrief. For an encrypted
// journal it returns its sealed key (a copy), nil for a plain one.
func inspect(path string, o Options) (sealedKey []byte, err error) {
	db, err := openBolt(path, o, true, false)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	info, err := os.Stat(path)
	if err != nil {
		return nil, writeError(err)
	}
	return sealedKey, guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			if tx.Size() > info.Size() {
				return journal.Errorf(journal.ECorrupt, "The journal at %s is damaged (it is shorter than it says). It was left untouched; restore a backup with `debrief restore`.", path)
			}
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				return journal.Errorf(journal.ECorrupt, "%s is not a debrief journal. It was left untouched.", path)
			}
			v := btoi(meta.Get(keySchema))
			if v > SchemaVersion {
				return journal.Errorf(journal.ENewer, "The journal at %s was written by a newer debrief (journal version %d; this debrief reads up to version %d). Update debrief to open it.", path, v, SchemaVersion)
			}
			if k := meta.Get(keySealing); k != nil {
				sealedKey = bytes.Clone(k)
			}
			return nil
		})
	})
}

// openBolt opens the bbolt file with a lock timeout and turns bbolt's errors
// into messages for the user. Only create may make a new file: every other
// open is of a journal that exists, and a missing or emptied one is an
// error, never a fresh empty journal.
func openBolt(path string, o Options, readOnly, create bool) (*bolt.DB, error) {
	var db *bolt.DB
	err := guard(func() error {
		for attempt := 0; ; attempt++ {
			held := &heldFile{open: fileOpener(o.OpenFile, create)}
			var err error
			db, err = bolt.Open(path, 0o600, &bolt.Options{
				Timeout:  LockTimeout,
				ReadOnly: readOnly,
				OpenFile: held.openFile,
				MaxSize:  o.MaxSize,
				// A read-only open loads the free list lazily, inside
				// tx.Check's own goroutine where guard cannot catch a
				// fault on a damaged page; load it here instead.
				PreLoadFreelist: readOnly,
			})
			if err != nil || attempt > 0 || held.stillAt(path) {
				return err
			}
			// A restore swapped the journal while this open waited for
			// the lock: the handle is on the file that was replaced.
			db.Close()
		}
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &journal.Error{Code: journal.ELocked, Message: fmt.Sprintf("The journal %s is busy in another debrief (a long operation such as an import, a check or a backup). Nothing was changed; try again in a moment.", path), Err: err}
	case errors.Is(err, errTooShort), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, &journal.Error{Code: journal.ECorrupt, Message: fmt.Sprintf("The journal at %s is damaged (it was cut short). It was left untouched; restore a backup with `debrief restore`.", path), Err: err}
	case !create && isGone(err):
		return nil, goneError(path, err)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch), journal.ErrorCode(err) == journal.ECorrupt:
		return nil, &journal.Error{Code: journal.ECorrupt, Message: fmt.Sprintf("The journal at %s is damaged or is not a debrief journal. It was left untouched; restore a backup with `debrief restore`.", path), Err: err}
	case !readOnly && (errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS)):
		return nil, readOnlyError(path, err)
	case errors.Is(err, os.ErrPermission):
		return nil, &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("No permission to open the journal at %s.", path), Err: err}
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		// bbolt reports what it finds wrong with a file's layout in
		// plain errors ("file size too small"); the system's own failures
		// carry an errno.
		return nil, &journal.Error{Code: journal.ECorrupt, Message: fmt.Sprintf("The journal at %s is damaged or is not a debrief journal. It was left untouched; restore a backup with `debrief restore`.", path), Err: err}
	}
	return nil, writeError(err)
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range allBuckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
