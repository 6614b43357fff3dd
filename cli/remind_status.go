package cli

import (
	"os"
	"sync"
	"time"

	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/statusfile"
	"github.com/debrief-journal/debrief/store"
)

// The status file (see package statusfile) lets 'debrief status --prompt'
// answer without opening the journal. Every debrief that writes the
// journal, and every 'debrief remind', writes it anew. It holds dates and
// counts only.

// statusPathOf returns the status file of the journal at journalPath, ""
// when the environment names no state folder.
func statusPathOf(env Env, journalPath string) string {
	dir := dirs.State(env.Getenv)
	if dir == "" {
		return ""
	}
	return statusfile.Path(dir, journalPath)
}

// keepStatus writes the status file of the journal at journalPath. It is a
// copy kept for speed: when it cannot be written the prompt shows what it
// showed before, so a failure is not worth stopping a command for.
func keepStatus(env Env, journalPath string, s statusfile.Counts) {
	if path := statusPathOf(env, journalPath); path != "" {
		_ = remind.WriteStatus(path, s)
	}
}

// statusKeeper keeps the status file of one journal current for one run
// of debrief: every write of the journal marks it out of date; the app
// writes it anew a moment after the last change, and every run writes it
// once more as it ends (see Execute).
type statusKeeper struct {
	env  Env
	path string // the journal; "" until one is opened for writing
	// opened is the journal as the run opened it, unlocked when it is
	// encrypted: the status is read from a copy it opens again.
	opened *store.Store
	// delay is how long after a change the file is written while debrief
	// runs on; 0 writes it only as the run ends.
	delay time.Duration

	mu    sync.Mutex
	dirty bool
	// wrote is set by a write of the journal since the patterns document
	// was last kept: only then is it worth drawing again.
	wrote bool
	timer *time.Timer
	// writing is held while the file is written, one writer at a time.
	writing sync.Mutex
}

// watch marks the status out of date on every write of s, the journal at
// path. With a delay, it is written that long after the latest change.
func (k *statusKeeper) watch(s *store.Store, path string, delay time.Duration) {
	if k == nil {
		return
	}
	k.mu.Lock()
	k.path, k.delay, k.opened = path, delay, s
	k.mu.Unlock()
	s.OnWrite(k.written)
	// The file may be older than the journal (another debrief wrote it,
	// or there is none yet): bring it up to date too. When it is current,
	// opening costs nothing: at 100,000 interviews drawing it takes a
	// second of the processor.
	if statusBehind(k.env, path) {
		k.changed()
	}
}

// statusBehind reports whether the status file of the journal at path is
// missing, or older than the journal file.
func statusBehind(env Env, path string) bool {
	sp := statusPathOf(env, path)
	if sp == "" {
		return false
	}
	st, err := os.Stat(sp)
	if err != nil {
		return true
	}
	j, err := os.Stat(path)
	return err != nil || j.ModTime().After(st.ModTime())
}

// written marks the status out of date after a write of the journal.
func (k *statusKeeper) written() {
	k.mu.Lock()
	k.wrote = true
	k.mu.Unlock()
	k.changed()
}

// settled runs when the app's changes have settled (delay after the last
// one): the status file is written, and after a write the patterns
// document is kept in the journal for 'debrief patterns', which only
// reads, to print at once.
func (k *statusKeeper) settled() {
	k.flush()
	k.mu.Lock()
	opened, wrote := k.opened, k.wrote
	k.wrote = false
	k.mu.Unlock()
	// Drawing the patterns takes a moment of the processor (a third of a
	// second at 10,000 interviews): only after the user changed something,
	// never as the app starts.
	if opened != nil && wrote {
		_, _ = keptPatternsJSON(opened, k.env.Now())
	}
}

// changed marks the status out of date.
func (k *statusKeeper) changed() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.dirty = true
	if k.delay > 0 && k.timer == nil {
		k.timer = time.AfterFunc(k.delay, k.settled)
	}
}

// flush writes the status file when it is out of date.
func (k *statusKeeper) flush() {
	if k == nil {
		return
	}
	k.mu.Lock()
	if k.timer != nil {
		k.timer.Stop()
		k.timer = nil
	}
	path, dirty, opened := k.path, k.dirty, k.opened
	k.dirty = false
	k.mu.Unlock()
	if !dirty || path == "" {
		return
	}
	k.writing.Lock()
	defer k.writing.Unlock()
	refreshStatus(k.env, path, opened)
}

// refreshStatus reads the journal at path, opened again from opened, and
// writes its status file. A journal that cannot be read now leaves the
// file as it was.
func refreshStatus(env Env, path string, opened *store.Store) {
	if statusPathOf(env, path) == "" {
		return
	}
	s, err := opened.OpenAgain()
	if err != nil {
		return
	}
	defer s.Close()
	statusFrom(env, path, s)
}

// statusFrom reads the prompt's status from s, the journal at path, and
// writes its status file; it reports whether it read it.
func statusFrom(env Env, path string, s *store.Store) bool {
	status, err := promptStatus(s, env, todayOf(env))
	if err == nil {
		keepStatus(env, path, status)
	}
	return err == nil
}

// restoredStatus brings the prompt's status to the journal at path just
// restored from a backup: written anew when the journal opens without
// asking for its passphrase, and otherwise removed, so that the prompt
// never counts the journal the backup replaced.
func restoredStatus(env Env, path string) {
	sp := statusPathOf(env, path)
	if sp == "" {
		return
	}
	sealed, _ := store.IsEncrypted(path)
	if !sealed || env.Getenv(envPassFile) != "" || env.Getenv(envPassCommand) != "" {
		if s, err := store.Open(path, unlockOptions(env)); err == nil {
			read := statusFrom(env, path, s)
			s.Close()
			if read {
				return
			}
		}
	}
	_ = os.Remove(sp)
}
