package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// BackupInfo describes one backup kept beside a journal.
type BackupInfo struct {
	Path string
	// Label says why it was taken: "daily-2026-11-22", "before-v2"…
	Label string
	// Time is when the backup was written.
	Time time.Time
	Size int64
	// State is what reading the backup back found when it was written.
	State BackupState
}

// ListBackups returns the backups kept beside the journal at path (the
// daily ones, those taken before an upgrade, and any other written into
// its backups folder), newest first, each with what reading it back found
// (a daily copy named ...-damaged is damaged). It does not open the
// journal, so it works while another debrief has it open.
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
		b := BackupInfo{
			Path:  filepath.Join(dir, e.Name()),
			Label: strings.TrimSuffix(label, ".db"),
			Time:  info.ModTime(),
			Size:  info.Size(),
		}
		_, b.State = readBackupMark(b.Path)
		if strings.HasSuffix(b.Label, damagedSuffix) {
			b.State = BackupDamaged
		}
		out = append(out, b)
	}
	slices.SortStableFunc(out, func(a, b BackupInfo) int { return b.Time.Compare(a.Time) })
	return out, nil
}
