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
// day as YYYY-MM-DD, so that names sort by day.
const dailyPrefix = "daily-"

// staleTempAge is how old a temporary file in the backups folder must be
// before it counts as left over by an interrupted backup.
const staleTempAge = 24 * time.Hour

// StartDailyBackup takes the day's automatic backup into BackupDir, unless
// one was taken today already, which costs one look at the folder. The
// backup runs in the background so that opening the journal is not slowed,
// and starts after the given delay, so that an app can draw its first frame
// without a copy of the whole journal competing for the processor and the
// disk; Close starts it at once if it is still waiting, and waits for it.
// report, when not nil, is called from the background with the backup's
// path and any error; it is not called when no backup was due.
func (s *Store) StartDailyBackup(after time.Duration, report func(path string, err error)) {
	today := journal.DateOf(s.Now()).String()
	if newestDaily(s.path) >= today {
		return
	}
	s.background.Add(1)
	go func() {
		defer s.background.Done()
		wait := time.NewTimer(after)
		defer wait.Stop()
		select {
		case <-wait.C:
		case <-s.closing:
		}
		path, err := s.BackupBeside(dailyPrefix + today)
		if err == nil {
			pruneBackups(s.path, time.Now())
		}
		if report != nil {
			report(path, err)
		}
	}()
}

// dailyBackups returns the paths of the journal's daily backups, oldest
// first.
func dailyBackups(path string) []string {
	entries, err := os.ReadDir(BackupDirOf(path))
	if err != nil {
		return nil
	}
	prefix := journalBase(path) + "-" + dailyPrefix
	var out []string
	for _, e := range entries {
		day, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		day, ok = strings.CutSuffix(day, ".db")
		if _, err := time.Parse(journal.DateLayout, day); !ok || err != nil {
			continue
		}
		out = append(out, filepath.Join(BackupDirOf(path), e.Name()))
	}
	slices.Sort(out) // ReadDir sorts by name already; the order matters here
	return out
}

// newestDaily returns the day of the newest daily backup, or "".
func newestDaily(path string) string {
	all := dailyBackups(path)
	if len(all) == 0 {
		return ""
	}
	name := strings.TrimSuffix(filepath.Base(all[len(all)-1]), ".db")
	return name[len(name)-len(journal.DateLayout):]
}

// pruneBackups removes the daily backups beyond DailyBackupsKept, oldest
// first, and temporary files left by interrupted backups, checks and
// restores. Failures are
// ignored: an extra file is harmless, and the next backup tries again.
func pruneBackups(path string, now time.Time) {
	all := dailyBackups(path)
	for len(all) > DailyBackupsKept {
		os.Remove(all[0])
		all = all[1:]
	}
	var temps []string
	for _, pattern := range []string{
		filepath.Join(BackupDirOf(path), ".backup-*.tmp"),
		filepath.Join(BackupDirOf(path), ".snapshot-*.tmp"),
		filepath.Join(filepath.Dir(path), ".snapshot-*.tmp"),
		filepath.Join(filepath.Dir(path), ".restore-*.tmp"),
	} {
		found, _ := filepath.Glob(pattern)
		temps = append(temps, found...)
	}
	for _, t := range temps {
		if info, err := os.Stat(t); err == nil && now.Sub(info.ModTime()) > staleTempAge {
			os.Remove(t)
		}
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
