package cli

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
)

// journalPath returns the journal to use: --db, then DEBRIEF_DB, then the
// default under the user's data folder.
func journalPath(cmd *cobra.Command, env Env) string {
	db, _ := cmd.Flags().GetString("db")
	return journalPathFrom(db, env)
}

// journalPathFrom is journalPath with --db given as db ("" when not).
func journalPathFrom(db string, env Env) string { return dirs.Journal(db, env.Getenv) }

// expandHome returns p with a leading "~/" standing for the home folder.
func expandHome(p string, env Env) string { return dirs.ExpandHome(p, env.Getenv) }

// appBackupDelay holds the day's automatic backup back while the app draws
// its first frame: copying a journal of 10,000 interviews beside it took
// that frame from 44 to 64 ms.
const appBackupDelay = time.Second

// openStore opens the journal named by the flags and environment for a
// command that only reads it (list, show, export, check, patterns…). Such a
// command writes nothing anywhere: no backup, no folder, no journal when
// there is none (see store.OpenReading).
func openStore(cmd *cobra.Command, env Env) (*store.Store, error) {
	s, err := store.OpenReading(journalPath(cmd, env), unlockOptions(env))
	if err != nil {
		return nil, err
	}
	s.Now = env.Now
	return s, nil
}

// openWriting opens the journal named by the flags and environment for a
// command that changes it, creating it when there is none, and takes the
// day's backup.
func openWriting(cmd *cobra.Command, env Env) (*store.Store, error) {
	return openJournal(cmd, env, 0)
}

// openExisting opens the journal named by the flags and environment for a
// command that changes what it already holds (an outcome, feedback, a
// follow-up): a journal that does not exist, such as one at a mistyped
// --db, is reported, never created.
func openExisting(cmd *cobra.Command, env Env) (*store.Store, error) {
	path := journalPath(cmd, env)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, journal.Errorf(journal.ENotFound, "There is no journal at %s; nothing was created. Check --db or DEBRIEF_DB, or start one with 'debrief new'.", path)
	}
	return openWriting(cmd, env)
}

// openJournal opens the journal named by the flags and environment for the
// app or a command that changes it, and starts the day's automatic backup
// after backupAfter, in the background: a failure must not stop the
// command, and the next opening tries again. The daily backup belongs to
// these: a command that only reads takes none.
func openJournal(cmd *cobra.Command, env Env, backupAfter time.Duration) (*store.Store, error) {
	path := journalPath(cmd, env)
	s, err := store.Open(path, unlockOptions(env))
	if err != nil {
		return nil, err
	}
	startOpened(env, s, path, backupAfter)
	return s, nil
}

// startOpened starts what a journal opened for the app or a command that
// changes it runs beside its work: the store's clock, the day's automatic
// backup after backupAfter, in the background (a failure must not stop
// the command, and the next opening tries again), and the prompt's status.
func startOpened(env Env, s *store.Store, path string, backupAfter time.Duration) {
	s.Now = env.Now
	s.StartDailyBackup(backupAfter, nil)
	// The app keeps the prompt's status current as the user works;
	// a command brings it up to date as it ends.
	statusDelay := time.Duration(0)
	if backupAfter > 0 {
		statusDelay = time.Second
	} else {
		// A command builds a missing follow-up index now (once, after an
		// upgrade), so that the status written as it ends, and the reading
		// commands after it, find it; the app builds it in the background
		// as home counts the follow-ups.
		_ = s.EnsureFollowUpIndex()
	}
	env.status.watch(s, path, statusDelay)
}

// promptsPath is the user's own prompts file.
func promptsPath() string { return filepath.Join(store.ConfigDir(), "prompts.toml") }

// loadPrompts reads the user's own prompts file and returns the "after the
// interview" set with it applied, and the file for the other flows. Applying
// it checks the file's entries for every set, so a mistake anywhere in it is
// reported now.
func loadPrompts() (prompts.Set, *prompts.File, error) {
	f, err := prompts.ReadFile(promptsPath())
	if err != nil {
		return prompts.Set{}, nil, err
	}
	set, err := f.Apply(prompts.AfterInterview())
	return set, f, err
}
