package kit

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/store"
)

// The text handed to $EDITOR is an answer from the journal, so its file
// lives in a folder only the user can open (see store.EditorDir), never in
// the shared temporary folder. The file is removed when the editor exits
// and its text is read back; a file left by a debrief that was killed
// meanwhile is kept aside when the app next starts (KeepEditorLeftovers,
// editor_kept.go).

// editorFilePrefix starts the name of every editor file with the process
// that wrote it, so a start of the app can tell a leftover from a file
// another running debrief still has open in an editor.
func editorFilePrefix() string { return strconv.Itoa(os.Getpid()) + "-" }

// editorDir makes the private editor folder if needed and returns it.
func editorDir() (string, error) { return privateDir(store.EditorDir()) }

// privateDir makes the folder dir if needed and returns it. A folder that
// exists is narrowed to the user alone; a link or a file in its place is
// refused.
func privateDir(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return "", err
	}
	if !fi.IsDir() {
		return "", fmt.Errorf("%s is not a folder", dir)
	}
	if fi.Mode().Perm() != 0o700 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// writeEditorFile writes text to a new file of the editor folder, readable
// by the user alone, and returns its path.
func writeEditorFile(text string) (string, error) {
	dir, err := editorDir()
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, editorFilePrefix()+"*.md")
	if err != nil {
		return "", err
	}
	err = f.Chmod(0o600)
	if err == nil {
		_, err = f.WriteString(text)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		removeEditorFile(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// KeepEditorLeftovers moves the files an earlier debrief left in the
// editor folder when it was stopped while $EDITOR was open to
// KeptEditorDir, since they may hold what was written in the editor, and
// removes anything else found there (a folder, a link). Files of a debrief
// still running (in another terminal) stay. A folder that does not exist
// yet is not an error.
func KeepEditorLeftovers() error {
	dir := store.EditorDir()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var first error
	for _, e := range entries {
		if editorFileInUse(e.Name()) {
			continue
		}
		if err := keepEditorLeftover(filepath.Join(dir, e.Name()), e); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// removeEditorFile zeroes the editor file at path before removing it
// (store.RemoveSecurely), so the answer it held does not stay in the disk's
// free space. A file that cannot be zeroed is still removed.
func removeEditorFile(path string) error {
	if err := store.RemoveSecurely(path); err == nil || errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return os.Remove(path)
}

// keepEditorLeftover deals with one entry of the editor folder: a plain
// file is kept aside (keepEditorFile), anything else (a folder, a link) is
// removed as it is, without following it.
func keepEditorLeftover(path string, e fs.DirEntry) error {
	if e.Type().IsRegular() {
		_, err := keepEditorFile(path)
		return err
	}
	return os.RemoveAll(path)
}

// editorFileInUse reports whether an editor file belongs to another debrief
// that is still running. A file of this process's own ID was left by an
// earlier process that had the same ID.
func editorFileInUse(name string) bool {
	pidText, _, ok := strings.Cut(name, "-")
	if !ok {
		return false
	}
	pid, err := strconv.Atoi(pidText)
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return false
	}
	return processRunning(pid)
}
