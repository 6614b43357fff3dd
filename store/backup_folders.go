package store

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// `backup FILE` writes its temporary copy beside FILE, which may be any
// folder. A debrief killed meanwhile leaves that copy there, and only a
// later backup into the same folder would find it. So the folders backups
// were written into are remembered in a small list in debrief's state
// folder, and every start that cleans up after interrupted work (see
// StartDailyBackup) looks in them too. The list holds folder names only,
// the last maxBackupFolders used.

// maxBackupFolders is how many folders the list remembers.
const maxBackupFolders = 16

// backupFoldersPath is the list's file; "" when there is no state folder.
func backupFoldersPath() string {
	dir := StateDir()
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "backup-folders")
}

// rememberBackupFolder adds dir to the list, as its newest entry. Failing
// to costs only a leftover that stays longer, so errors are ignored.
func rememberBackupFolder(dir string) {
	list := backupFoldersPath()
	if list == "" {
		return
	}
	dirs := slices.DeleteFunc(rememberedBackupFolders(), func(d string) bool { return d == dir })
	dirs = append(dirs, dir)
	if len(dirs) > maxBackupFolders {
		dirs = dirs[len(dirs)-maxBackupFolders:]
	}
	if err := os.MkdirAll(filepath.Dir(list), 0o700); err != nil {
		return
	}
	tmp := list + ".new"
	if err := os.WriteFile(tmp, []byte(strings.Join(dirs, "\n")+"\n"), 0o600); err != nil {
		os.Remove(tmp)
		return
	}
	if err := os.Rename(tmp, list); err != nil {
		os.Remove(tmp)
	}
}

// rememberedBackupFolders reads the list; nil when there is none.
func rememberedBackupFolders() []string {
	list := backupFoldersPath()
	if list == "" {
		return nil
	}
	f, err := os.Open(list)
	if err != nil {
		return nil
	}
	defer f.Close()
	var dirs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if d := sc.Text(); filepath.IsAbs(d) {
			dirs = append(dirs, d)
		}
	}
	return dirs
}
