package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// DailyBackupsKept is how many daily backups are kept beside a journal;
// taking a new one removes the oldest beyond that. Copies that read back
// damaged are counted apart (see pruneDaily), so they never push out a
// good one.
const DailyBackupsKept = 7

// dailyPrefix starts the label of every daily backup, which goes on with
// the day it stands for as YYYY-MM-DD, and ends with damagedSuffix when
// the copy did not read back whole.
const dailyPrefix = "daily-"

// damagedSuffix ends the label of a daily backup that read back damaged.
const damagedSuffix = "-damaged"

// clockSlack is how far ahead of the clock a file's modification time may
// be and still count as when it was written: file systems shared between
// machines see their clocks differ a little.
const clockSlack = time.Minute

// StartDailyBackup takes the day's automatic backup into BackupDir, unless
// one was taken today already (see dailyDue), which costs one look at a
// file, and removes the temporary files interrupted backups and restores
// left (see leftovers.go). It is for the app and for commands that change
// the journal: a command that only reads writes nothing anywhere. The work
// runs in the background so that opening the journal is not slowed, and
// starts after the given delay, so that an app can draw its first frame
// without a copy of the whole journal competing for the processor and the
// disk; Close starts it at once if it is still waiting, and waits for it.
// report, when not nil, is called from the background with the backup's
// path and any error; it is not called when no backup was due. A copy that
// read back damaged is kept apart under a name that says so, and reported
// with an ECorrupt error.
func (s *Store) StartDailyBackup(after time.Duration, report func(path string, err error)) {
	today := journal.DateOf(s.Now()).String()
	due := dailyDue(s.path, today, time.Now())
	s.background.Add(1)
	go func() {
		defer s.background.Done()
		wait := time.NewTimer(after)
		defer wait.Stop()
		select {
		case <-wait.C:
		case <-s.closing:
		}
		removeJournalLeftovers(s.path)
		if !due {
			return
		}
		label := dailyPrefix + today
		path, state, err := s.writeBackup(BackupPath(s.path, label), BackupPath(s.path, label+damagedSuffix))
		if err == nil {
			pruneDaily(s.path, path, time.Now())
		}
		if err == nil && state == BackupDamaged {
			err = journal.Errorf(journal.ECorrupt, "The journal has damaged records, so today's backup was kept apart as %s; the good backups are all kept. Run 'debrief check' for details.", path)
		}
		if report != nil {
			report(path, err)
		}
	}()
}

// dailyDue reports whether the day's backup is still to be taken, today
// being the day by the store's clock and now the moment by the system's.
// It is, unless a backup named for today (read back good or damaged) was
// written within the last day. The name alone does not do: a clock set ahead (DEBRIEF_NOW, or the
// machine's own) may have written that name long before the day came, and
// a backup of the journal as it was then does not stand for today.
func dailyDue(path, today string, now time.Time) bool {
	for _, label := range []string{dailyPrefix + today, dailyPrefix + today + damagedSuffix} {
		info, err := os.Stat(BackupPath(path, label))
		if err != nil {
			continue
		}
		if age := now.Sub(info.ModTime()); age >= -clockSlack && age < 24*time.Hour {
			return false
		}
	}
	return true
}

// Which daily backups are kept: the DailyBackupsKept most recently written.
//
// A daily backup's name says which day it stands for, by the clock of the
// debrief that took it, and that clock can be wrong: DEBRIEF_NOW, a
// machine's clock set years ahead, a journal carried across time zones.
// Ordered by name, a few runs under a clock years ahead would push out
// every real backup, and today's at once. So the order is when each file
// was written, its modification time, which the system sets when the
// backup is renamed into place; the name breaks ties (copies that lost
// their times). A modification time more than clockSlack ahead of now
// cannot be when the backup was taken (the system's clock was ahead then,
// or the file was touched): such a backup counts as older than any other,
// and goes first. The backup just taken is always kept.
//
// A copy that read back damaged (named ...-damaged) holds a journal with
// damaged records, or was damaged as it was written. It stays apart: the
// good ones (and those an earlier debrief wrote without reading them back)
// are rotated among themselves, so a week of damaged copies never pushes
// out a good one, and the newest good one is never removed but by a newer
// good one. The damaged ones are rotated among themselves too, kept as
// long as they may hold work no good copy has: a damaged copy goes once
// DailyBackupsKept good ones were written after it.

// dailyBackup is one daily backup and when it counts as written.
type dailyBackup struct {
	path    string
	written time.Time
	damaged bool
}

// dailyBackups returns the journal's daily backups, oldest first in the
// order above.
func dailyBackups(path string, now time.Time) []dailyBackup {
	dir := BackupDirOf(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	prefix := journalBase(path) + "-" + dailyPrefix
	var out []dailyBackup
	for _, e := range entries {
		day, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		day, ok = strings.CutSuffix(day, ".db")
		day, damaged := strings.CutSuffix(day, damagedSuffix)
		if _, err := time.Parse(journal.DateLayout, day); !ok || err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		written := info.ModTime()
		if written.After(now.Add(clockSlack)) {
			written = time.Time{}
		}
		out = append(out, dailyBackup{path: filepath.Join(dir, e.Name()), written: written, damaged: damaged})
	}
	slices.SortFunc(out, func(a, b dailyBackup) int {
		if c := a.written.Compare(b.written); c != 0 {
			return c
		}
		return strings.Compare(a.path, b.path)
	})
	return out
}

// pruneDaily removes the daily backups beyond those kept (see above),
// oldest first, never the one at keep, just taken. Failures are ignored:
// an extra file is harmless, and the next backup tries again.
func pruneDaily(path, keep string, now time.Time) {
	var good, damaged []dailyBackup
	for _, b := range dailyBackups(path, now) {
		if b.damaged {
			damaged = append(damaged, b)
		} else {
			good = append(good, b)
		}
	}
	good = pruneOldest(good, keep, DailyBackupsKept)
	damaged = pruneOldest(damaged, keep, DailyBackupsKept)
	if len(good) < DailyBackupsKept {
		return
	}
	for _, b := range damaged {
		if b.path != keep && b.written.Before(good[0].written) {
			os.Remove(b.path)
		}
	}
}

// pruneOldest removes the oldest of backups, oldest first, until at most
// kept are left, never the one at keep, and returns those left.
func pruneOldest(backups []dailyBackup, keep string, kept int) []dailyBackup {
	excess := len(backups) - kept
	var left []dailyBackup
	for _, b := range backups {
		if excess > 0 && b.path != keep {
			os.Remove(b.path)
			excess--
			continue
		}
		left = append(left, b)
	}
	return left
}
