package kit

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// What $EDITOR held when debrief could not read it back (the editor ended
// with an error, or debrief was stopped while it was open) is never removed
// unread: it is moved to a folder of its own beside the editor folder,
// private like it (0700, files 0600), where 'debrief check' points to it.

// KeptEditorDir is the folder that keeps the texts of editors debrief could
// not read back.
func KeptEditorDir() string { return filepath.Join(filepath.Dir(store.EditorDir()), "editor-kept") }

// KeptEditorFiles lists the files of KeptEditorDir; none when the folder
// does not exist.
func KeptEditorFiles() ([]string, error) {
	dir := KeptEditorDir()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// KeptEditorNote says how many texts n are kept in KeptEditorDir (see also
// KeepTextAside) and what to do with them, for 'debrief check' and the
// app's status line.
func KeptEditorNote(n int) string {
	are, them := "is", "it"
	if n != 1 {
		are, them = "are", "them"
	}
	return Plural(n, "text") + " written in your editor while debrief was closed or the editor failed, or typed while another debrief changed the same text, " +
		are + " kept in " + safetext.Line(KeptEditorDir()) + "; copy what you need into your journal, then delete " + them + "."
}

// keptDir makes KeptEditorDir if needed, private like the editor folder.
func keptDir() (string, error) { return privateDir(KeptEditorDir()) }

// keepEditorFile moves the editor file at path to KeptEditorDir, under a
// name that says when, and returns its new path. The file stays where it is
// when it cannot be moved: it is never removed unread.
func keepEditorFile(path string) (string, error) {
	dir, err := keptDir()
	if err != nil {
		return "", err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return "", err
	}
	base := strings.TrimSuffix(filepath.Base(path), ".md")
	to := filepath.Join(dir, time.Now().Format("2006-01-02-150405")+"-"+base+".md")
	if err := os.Rename(path, to); err != nil {
		return "", err
	}
	return to, nil
}
