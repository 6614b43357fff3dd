// Package dirs says where debrief keeps its files: the journal, and the
// data and state folders of the XDG base directory convention, with each
// platform's equivalent where that convention is not in use.
//
// It reads the environment only through the getenv it is given, and
// imports only packages the Go runtime sets up first (not even strings),
// so that the prompt's answer (package statusfile) can use it before the
// rest of debrief has started.
package dirs

import "runtime"

// Journal returns the journal to use: flag (the --db value, "" when not
// given), then $DEBRIEF_DB, then DefaultJournal. A leading "~/" stands for
// the home folder.
func Journal(flag string, getenv func(string) string) string {
	if flag != "" {
		return ExpandHome(flag, getenv)
	}
	if p := getenv("DEBRIEF_DB"); p != "" {
		return ExpandHome(p, getenv)
	}
	return DefaultJournal(getenv)
}

// DefaultJournal returns where the journal lives when neither --db nor
// DEBRIEF_DB says otherwise: $XDG_DATA_HOME/debrief/journal.db, which is
// ~/.local/share/debrief/journal.db on Linux, and the platform's usual data
// folder elsewhere.
func DefaultJournal(getenv func(string) string) string {
	return Join(Data(getenv), "debrief", "journal.db")
}

// Data returns the user's data folder: $XDG_DATA_HOME when it is an
// absolute path, else the platform's usual one, and "." when there is no
// home folder.
func Data(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); isAbs(d) {
		return d
	}
	home := homeOf(getenv)
	if home == "" {
		return "."
	}
	switch runtime.GOOS {
	case "darwin":
		return Join(home, "Library", "Application Support")
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return d
		}
	}
	return Join(home, ".local", "share")
}

// State returns debrief's folder for what is neither the journal nor a
// setting (the prompt's status file, the editor's text, the log of
// unexpected errors): $XDG_STATE_HOME/debrief, ~/.local/state/debrief on
// Linux, and debrief's folder under the data folder elsewhere; "" when
// there is no home folder.
func State(getenv func(string) string) string {
	if d := getenv("XDG_STATE_HOME"); isAbs(d) {
		return Join(d, "debrief")
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return Join(Data(getenv), "debrief")
	}
	if home := getenv("HOME"); isAbs(home) {
		return Join(home, ".local", "state", "debrief")
	}
	return ""
}

// ExpandHome returns p with a leading "~/" replaced by the home folder
// ($HOME), and p itself otherwise.
func ExpandHome(p string, getenv func(string) string) string {
	if len(p) >= 2 && p[:2] == "~/" {
		if home := getenv("HOME"); home != "" {
			return Join(home, p[2:])
		}
	}
	return p
}
