package store

import (
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// A draft is open in at most one debrief at a time. The guided flow claims
// a draft as it opens it (ClaimDraft), which records in the draft who holds
// it (journal.DraftHolder); its saves keep the hold (KeepDraft) and pausing
// gives it back. Another debrief is refused the draft while the holder is
// alive. The journal is opened per transaction, so this is what keeps two
// terminals from typing into one draft.

// Process names a debrief to the drafts it holds open.
type Process struct {
	// PID is the process ID; 0 means this process.
	PID int
	// Host is the computer's name; "" means this one's.
	Host string
	// Running reports whether a process of this computer runs; nil asks
	// the system.
	Running func(pid int) bool
}

// staleHold is how long a hold of this computer lasts untouched (neither
// claimed nor saved) while its process seems to run: the process ID may
// have gone to another program after the debrief crashed. staleAway is
// the same for a hold of another computer, whose debrief cannot be asked
// whether it runs (and a computer's name can change with its network).
// A debrief still showing a draft taken over saves what it types next as a
// new draft (see KeepDraft), so taking a draft over never writes over its
// words.
const (
	staleHold = 12 * time.Hour
	staleAway = time.Hour
)

// self returns the process ID and host name that name this debrief.
func (s *Store) self() (int, string) {
	pid, host := s.Process.PID, s.Process.Host
	if pid == 0 {
		pid = os.Getpid()
	}
	if host == "" {
		host, _ = os.Hostname()
	}
	return pid, host
}

// newHold is a hold by this debrief from now.
func (s *Store) newHold() *journal.DraftHolder {
	pid, host := s.self()
	return &journal.DraftHolder{PID: pid, Host: host, Since: s.Now()}
}

// mine reports whether h is a hold by this debrief.
func (s *Store) mine(h *journal.DraftHolder) bool {
	pid, host := s.self()
	return h != nil && h.PID == pid && h.Host == host
}

// heldElsewhere returns the hold of another debrief that still has d open,
// or nil when none has: no hold, this debrief's own, or one left behind by
// a debrief that is gone.
func (s *Store) heldElsewhere(d *journal.Draft) *journal.DraftHolder {
	h := d.Holder
	if h == nil || s.mine(h) {
		return nil
	}
	last := h.Since
	if d.UpdatedAt.After(last) {
		last = d.UpdatedAt
	}
	idle := s.Now().Sub(last)
	if _, host := s.self(); h.Host != host {
		if idle > staleAway {
			return nil
		}
		return h
	}
	running := s.Process.Running
	if running == nil {
		running = processRunning
	}
	if idle > staleHold || !running(h.PID) {
		return nil
	}
	return h
}

// heldError is the refusal to open or change d while h has it open. It
// fits the status line of an 80-column terminal, on the screen where the
// draft was picked, so it does not name the draft again.
func (s *Store) heldError(h *journal.DraftHolder) error {
	since := h.Since.Local()
	when := since.Format("15:04")
	if y, m, day := s.Now().Local().Date(); since.Day() != day || since.Month() != m || since.Year() != y {
		when = since.Format("2 Jan 15:04")
	}
	if _, host := s.self(); h.Host != host {
		return journal.Errorf(journal.ELocked, "Open in debrief on another computer since %s: close it there, or wait an hour.", when)
	}
	return journal.Errorf(journal.ELocked, "Open in another debrief window since %s: finish or close it there first.", when)
}

// storedDraft reads the draft with the given ID inside tx: nil when there
// is none.
func storedDraft(tx *bolt.Tx, id uint64) (*journal.Draft, error) {
	key := itob(id)
	v := tx.Bucket(bucketDrafts).Get(key)
	if v == nil {
		return nil, nil
	}
	var d journal.Draft
	if err := codecOf(tx).decode(bucketDrafts, key, v, &d, fmt.Sprintf("Draft %d", id)); err != nil {
		return nil, err
	}
	return &d, nil
}

// refuseHeld refuses a change to the stored draft id while another
// debrief has it open. It returns the stored draft (nil when there is
// none, or when it cannot be read: a damaged draft may be written over or
// deleted, as before drafts had holders).
func (s *Store) refuseHeld(tx *bolt.Tx, id uint64) (*journal.Draft, error) {
	if id == 0 {
		return nil, nil
	}
	stored, err := storedDraft(tx, id)
	if err != nil || stored == nil {
		return nil, nil
	}
	if h := s.heldElsewhere(stored); h != nil {
		return stored, s.heldError(h)
	}
	return stored, nil
}

// ClaimDraft opens the draft with the given ID for the guided flow of this
// debrief: in one transaction it records in the draft that this debrief
// holds it, and returns it as stored. While another debrief still has it
// open it is refused with ELocked and a message saying so; the hold of a
// debrief that is gone is taken over. A draft that is not there gives
// ErrNotFound. The draft's UpdatedAt stays as it was, so the caller can
// tell whether it changed since it was read.
func (s *Store) ClaimDraft(id uint64) (*journal.Draft, error) {
	var out *journal.Draft
	err := s.update(func(tx *bolt.Tx) error {
		d, err := storedDraft(tx, id)
		if err != nil {
			return err
		}
		if d == nil {
			return ErrNotFound
		}
		if h := s.heldElsewhere(d); h != nil {
			return s.heldError(h)
		}
		d.Holder = s.newHold()
		if err := s.writeDraft(tx, d); err != nil {
			return err
		}
		out = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// KeepDraft saves a draft open in the guided flow of this debrief, which
// holds it (d.Holder, as ClaimDraft or the last KeepDraft left it; nil for
// a draft this debrief has not opened yet, which it then claims). The
// draft is written over its stored state only while that hold stands.
// When the draft was taken over by another debrief (this one was thought
// gone), or changed by one, or finished or discarded elsewhere, d is saved
// as a new draft instead, with a new ID, so nobody's words are written
// over; the result says which. release gives the hold back (the flow is
// paused). On return d holds the ID, hold and UpdatedAt as stored.
func (s *Store) KeepDraft(d *journal.Draft, release bool) (journal.DraftKept, error) {
	kept := journal.KeptInPlace
	err := restoreOnError(d, func() error {
		kept = journal.KeptInPlace
		return s.update(func(tx *bolt.Tx) error {
			hold := d.Holder
			if !s.mine(hold) {
				// Not this debrief's hold (a draft read from the list):
				// none, as far as this save goes.
				hold = nil
			}
			found, stored := true, (*journal.Draft)(nil)
			if d.ID != 0 {
				var err error
				// A damaged draft (err) counts as found, and is written over.
				stored, err = storedDraft(tx, d.ID)
				found = err != nil || stored != nil
			}
			elsewhere := func(d *journal.Draft) bool { return s.heldElsewhere(d) != nil }
			kept = journal.PlaceDraftSave(d, hold, found, stored, elsewhere, release, s.newHold)
			return s.putDraft(tx, d)
		})
	})
	return kept, err
}

// dropFinishedDraft deletes the draft of a reflection just finished,
// unless another debrief has it open now: that one's words stay.
func (s *Store) dropFinishedDraft(tx *bolt.Tx, id uint64) error {
	if id == 0 {
		return nil
	}
	if _, err := s.refuseHeld(tx, id); err != nil {
		return nil
	}
	return tx.Bucket(bucketDrafts).Delete(itob(id))
}
