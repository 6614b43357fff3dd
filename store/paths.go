package store

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultPath returns where the journal lives when neither --db nor
// DEBRIEF_DB says otherwise: $XDG_DATA_HOME/debrief/journal.db, which is
// ~/.local/share/debrief/journal.db on Linux, and the platform's usual data
// folder elsewhere.
func DefaultPath() string {
	return filepath.Join(DataDir(), "debrief", "journal.db")
}

// DataDir returns the user's data folder following the XDG base directory
// convention, with the platform's equivalent where XDG is not in use.
func DataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support")
	case "windows":
		if d := os.Getenv("LOCALAPPDATA"); d != "" {
			return d
		}
	}
	return filepath.Join(home, ".local", "share")
}

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
// setting (the editor's text, the log of unexpected errors):
// $XDG_STATE_HOME/debrief, ~/.local/state/debrief on Linux, and debrief's
// folder under the data folder elsewhere; "" when there is no home folder.
func StateDir() string { return StateDirOf(os.Getenv) }

// StateDirOf is StateDir for the environment getenv reads.
func StateDirOf(getenv func(string) string) string {
	if d := getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "debrief")
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return filepath.Join(DataDir(), "debrief")
	}
	if home := getenv("HOME"); filepath.IsAbs(home) {
		return filepath.Join(home, ".local", "state", "debrief")
	}
	return ""
}
