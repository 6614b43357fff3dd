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
// taking a new one removes the oldest beyond that.
const DailyBackupsKept = 7

// dailyPrefix starts the label of every daily backup, which ends with the
// day it stands for as YYYY-MM-DD.
const dailyPrefix = "daily-"

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
// path and any error; it is not called when no backup was due.
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
		path, err := s.BackupBeside(dailyPrefix + today)
		if err == nil {
			pruneDaily(s.path, path, time.Now())
		}
		if report != nil {
			report(path, err)
		}
	}()
}

// dailyDue reports whether the day's backup is still to be taken, today
// being the day by the store's clock and now the moment by the system's.
// It is, unless the backup named for today was written within the last
// day. The name alone does not do: a clock set ahead (DEBRIEF_NOW, or the
// machine's own) may have written that name long before the day came, and
// a backup of the journal as it was then does not stand for today.
func dailyDue(path, today string, now time.Time) bool {
	info, err := os.Stat(BackupPath(path, dailyPrefix+today))
	if err != nil {
		return true
	}
	age := now.Sub(info.ModTime())
	return age < -clockSlack || age >= 24*time.Hour
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

// dailyBackup is one daily backup and when it counts as written.
type dailyBackup struct {
	path    string
	written time.Time
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
		out = append(out, dailyBackup{path: filepath.Join(dir, e.Name()), written: written})
	}
	slices.SortFunc(out, func(a, b dailyBackup) int {
		if c := a.written.Compare(b.written); c != 0 {
			return c
		}
		return strings.Compare(a.path, b.path)
	})
	return out
}

// pruneDaily removes the daily backups beyond DailyBackupsKept, oldest
// first, never the one at keep, just taken. Failures are ignored: an extra
// file is harmless, and the next backup tries again.
func pruneDaily(path, keep string, now time.Time) {
	all := dailyBackups(path, now)
	excess := len(all) - DailyBackupsKept
	for _, b := range all {
		if excess <= 0 {
			return
		}
		if b.path == keep {
			continue
		}
		os.Remove(b.path)
		excess--
	}
}

// BackupInfo describes one backup kept beside a journal.
type BackupInfo struct {
	Path string
	// Label says why it was taken: "daily-2026-11-22", "before-v2"…
	Label string
	// Time is when the backup was written.
	Time time.Time
	Size int64
}

// ListBackups returns the backups kept beside the journal at path (the
// daily ones, those taken before an upgrade, and any other written into
// its backups folder), newest first. It does not open the journal, so it
// works while another debrief has it open.
func ListBackups(path string) ([]BackupInfo, error) {
	dir := BackupDirOf(path)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, &journal.Error{Code: journal.EInternal, Message: "The backups folder " + dir + " cannot be read: " + reason(err) + ".", Err: err}
	}
	prefix := journalBase(path) + "-"
	var out []BackupInfo
	for _, e := range entries {
		label, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !strings.HasSuffix(label, ".db") || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, BackupInfo{
			Path:  filepath.Join(dir, e.Name()),
			Label: strings.TrimSuffix(label, ".db"),
			Time:  info.ModTime(),
			Size:  info.Size(),
		})
	}
	slices.SortStableFunc(out, func(a, b BackupInfo) int { return b.Time.Compare(a.Time) })
	return out, nil
}
