package cli

import (
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
)

// journalPath returns the journal to use: --db, then DEBRIEF_DB, then the
// default under the user's data folder.
func journalPath(cmd *cobra.Command, env Env) string {
	if p, _ := cmd.Flags().GetString("db"); p != "" {
		return expandHome(p, env)
	}
	if p := env.Getenv("DEBRIEF_DB"); p != "" {
		return expandHome(p, env)
	}
	return store.DefaultPath()
}

func expandHome(p string, env Env) string {
	if strings.HasPrefix(p, "~/") {
		if home := env.Getenv("HOME"); home != "" {
			return filepath.Join(home, p[2:])
		}
	}
	return p
}

// openStore opens the journal named by the flags and environment.
func openStore(cmd *cobra.Command, env Env) (*store.Store, error) {
	s, err := store.Open(journalPath(cmd, env))
	if err != nil {
		return nil, err
	}
	s.Now = env.Now
	// The day's automatic backup, in the background; a failure must not
	// stop the command, and the next opening tries again.
	s.StartDailyBackup(nil)
	return s, nil
}

// promptsPath is the user's own prompts file.
func promptsPath() string { return filepath.Join(store.ConfigDir(), "prompts.toml") }

// loadPrompts returns the "after the interview" set with the user's own
// prompts applied.
func loadPrompts() (prompts.Set, error) {
	return prompts.Load(prompts.AfterInterview(), promptsPath())
}
