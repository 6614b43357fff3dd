package kit

import (
	"os"
	"time"
)

// KeepTextAside writes text typed in a box that the journal could not take
// without writing over another debrief's change to a new file of
// KeptEditorDir, readable by the user alone, where the app's status line
// and 'debrief check' point to it. name says what the text is (never the
// user's words: it is part of the file's name). It returns the file's path.
func KeepTextAside(name, text string) (string, error) {
	dir, err := keptDir()
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, time.Now().Format("2006-01-02-150405")+"-"+name+"-*.md")
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
	if err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
