package store

import (
	"os"
	"path/filepath"
	"time"
)

// Every file debrief writes in place of another (a backup, a restored
// journal) is first written under a
// hidden temporary name in the same folder, then renamed, so the real name
// never holds half a file. A debrief killed meanwhile leaves that temporary
// file behind, a whole copy of someone's journal that nobody sees. The next
// debrief that writes in that folder removes it.
//
// It must never remove a file another debrief is writing at that moment.
// So each temporary file is named .debrief-<job>-<random>.tmp, and the
// debrief writing it holds a lock on it (flock, where the platform has it)
// for as long as the file exists; a process that dies loses its locks. A
// temporary file is a leftover when nobody holds its lock and it was last
// modified more than tempGrace ago: the grace covers the moments a live
// file is not locked (bbolt holds its own lock on a restored journal while
// it is written, and ours is taken right after), and platforms without
// flock.

// tempGrace is how long a temporary file that nobody locks is left alone
// after it was last modified.
const tempGrace = time.Minute

// legacyTempGrace is the same for the names earlier versions used, which
// they never locked: a debrief of that version still running may be
// writing one.
const legacyTempGrace = 24 * time.Hour

// The jobs temporary files are named after.
const (
	tempBackup  = "backup"
	tempRestore = "restore"
	// tempSeal names the copy encrypt and decrypt write.
	tempSeal = "seal"
	// tempSnapshot named the copies of a journal open elsewhere that
	// check and backup made before they could wait for their turn; one
	// left by a killed debrief of then is still cleaned up.
	tempSnapshot = "snapshot"
)

// tempPattern is the os.CreateTemp pattern of a job's temporary files.
func tempPattern(job string) string { return ".debrief-" + job + "-*.tmp" }

// legacyTempPatterns are the names earlier versions gave their temporary
// files, and the one a new journal is set up under, none of them locked;
// each is a bbolt file (or empty, when stopped at once).
var legacyTempPatterns = []string{".backup-*.tmp", ".snapshot-*.tmp", ".restore-*.tmp", ".journal-*.tmp"}

// createTemp creates a temporary file for job in dir and locks it for as
// long as it stays open (see above).
func createTemp(dir, job string) (*os.File, error) {
	f, err := os.CreateTemp(dir, tempPattern(job))
	if err != nil {
		return nil, err
	}
	holdTemp(f)
	return f, nil
}

// removeLeftovers removes the temporary files left in dir by a debrief that
// was stopped while writing them. Failures are ignored: a leftover costs
// only space, and the next debrief tries again.
func removeLeftovers(dir string, now time.Time) {
	for _, job := range []string{tempBackup, tempRestore, tempSeal, tempSnapshot} {
		found, _ := filepath.Glob(filepath.Join(dir, tempPattern(job)))
		for _, name := range found {
			switch {
			case !isLeftover(name, now, tempGrace):
			case job == tempSeal:
				// Half a journal being decrypted: plain text.
				_ = shredFile(name)
			default:
				os.Remove(name)
			}
		}
	}
}

// removeLegacyLeftovers removes the temporary files earlier versions left
// in dir. Their names are common ones, so only a file that starts like a
// journal, or is empty (stopped at once), is taken for ours.
func removeLegacyLeftovers(dir string, now time.Time) {
	for _, pattern := range legacyTempPatterns {
		found, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, name := range found {
			if !isLeftover(name, now, legacyTempGrace) {
				continue
			}
			if looksLikeJournal(name) || isEmpty(name) {
				os.Remove(name)
			}
		}
	}
}

// isLeftover reports whether the temporary file name is a regular file
// that nobody locks and nobody modified for grace. A modification time
// ahead of the clock says nothing about that (it was written under a clock
// set ahead), so only the lock decides.
func isLeftover(name string, now time.Time, grace time.Duration) bool {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	if age := now.Sub(info.ModTime()); age < grace && age > -clockSlack {
		return false
	}
	return !tempInUse(name)
}

func isEmpty(name string) bool {
	info, err := os.Lstat(name)
	return err == nil && info.Size() == 0
}

// removeJournalLeftovers removes the temporary files that a debrief stopped
// while backing up, checking or restoring the journal at path left beside
// it, in its backups folder, and in the folders `backup FILE` wrote into
// (see backup_folders.go).
func removeJournalLeftovers(path string) {
	path = journalFile(path)
	now := time.Now()
	dirs := append([]string{filepath.Dir(path), BackupDirOf(path)}, rememberedBackupFolders()...)
	for _, dir := range dirs {
		removeLeftovers(dir, now)
		removeLegacyLeftovers(dir, now)
	}
}
