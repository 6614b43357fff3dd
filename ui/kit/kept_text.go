package kit

import (
	"os"
	"path/filepath"
	"time"
)

// KeepTextAside writes text typed in a box, which the journal could not
// take at all, to a file of KeptEditorDir readable by the user alone,
// where the app's status line and 'debrief check' point to it. The file
// is plain text even for an encrypted journal, so it is a last resort:
// words the journal can hold (a follow-up's message kept aside, a story
// of the bank) are kept there instead. With path "" the file is a new one,
// named after name (what the text is, never the user's words); otherwise
// the file at path, written by an earlier call, is replaced whole. It
// returns the file's path.
func KeepTextAside(path, name, text string) (string, error) {
	dir, err := keptDir()
	if err != nil {
		return "", err
	}
	prefix := time.Now().Format("2006-01-02-150405") + "-" + name + "-"
	if path != "" {
		prefix = filepath.Base(path) + "."
	}
	f, err := os.CreateTemp(dir, prefix+"*.md")
	if err != nil {
		return "", err
	}
	err = f.Chmod(0o600)
	if err == nil {
		_, err = f.WriteString(text)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && path != "" {
		// Renamed over the last version, so the folder holds one whole
		// version at every moment.
		err = os.Rename(f.Name(), path)
		if err == nil {
			return path, nil
		}
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
