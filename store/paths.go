package store

import (
	"os"
	"path/filepath"

	"github.com/debrief-journal/debrief/dirs"
)

// DefaultPath returns where the journal lives when neither --db nor
// DEBRIEF_DB says otherwise (see dirs.DefaultJournal).
func DefaultPath() string { return dirs.DefaultJournal(os.Getenv) }

// DataDir returns the user's data folder (see dirs.Data).
func DataDir() string { return dirs.Data(os.Getenv) }

// ConfigDir returns debrief's configuration folder: $XDG_CONFIG_HOME/debrief,
// or the platform's equivalent.
func ConfigDir() string {
	if d := os.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "debrief")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "debrief")
	}
	return filepath.Join(".", ".debrief")
}

// EditorDir returns the private folder where debrief writes the text it
// opens in $EDITOR: the editor folder of StateDir, which is
// ~/.local/state/debrief/editor on Linux, and a folder under the data
// folder elsewhere. Nothing in it outlives the editing it was made for.
func EditorDir() string {
	if d := StateDir(); d != "" {
		return filepath.Join(d, "editor")
	}
	return filepath.Join(DataDir(), "debrief", "editor")
}

// StateDir returns debrief's folder for what is neither the journal nor a
// setting (see dirs.State); "" when there is no home folder.
func StateDir() string { return dirs.State(os.Getenv) }
