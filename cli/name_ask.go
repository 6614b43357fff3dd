package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/journal"
)

// The first draft the app opens without a name asks for one, once (see
// ui.Options.SaveName and NameAsked). That it asked is kept as an empty
// file, askedNameFile, in the state folder ($XDG_STATE_HOME/debrief): a
// marker rather than a setting, so the config file holds only what the
// user chose. Removing the file lets the app ask again.

// askedNameFile is the marker's name in the state folder.
const askedNameFile = "asked-for-name"

// nameSaver returns the function the app saves the user's name with: it
// writes name into the config file at path as 'debrief config set name'
// does, with the same rules, keeping the rest of the file as written.
func nameSaver(path string) func(name string) error {
	return func(name string) error { return setConfig(path, "name", name) }
}

// nameAsker returns the function the app records with that it asked for
// the name, or nil when it asked before or there is no state folder to
// remember it in: then the app does not ask.
func nameAsker(env Env) func() error {
	dir := dirs.State(env.Getenv)
	if dir == "" {
		return nil
	}
	path := filepath.Join(dir, askedNameFile)
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return func() error {
		err := os.MkdirAll(dir, 0o700)
		if err == nil {
			err = os.WriteFile(path, nil, 0o600)
		}
		if err == nil {
			return nil
		}
		err = fileError(journal.EInternal, "write", path, err)
		var e *journal.Error
		if errors.As(err, &e) {
			e.Message += " debrief will ask for your name again next time."
		}
		return err
	}
}
