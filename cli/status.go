package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/remind"
)

func newStatusCmd(env Env) *cobra.Command {
	var prompt bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Say in a word how much is due, fast enough for a shell prompt",
		Long: `Prints how many things need you today (follow-ups due or overdue, practice
cards due, a weekly review not done in a week), as "2 due", and nothing when
nothing is due.

It never opens the journal, so it answers at once, even while debrief is
open in another terminal: it reads a small status file that every debrief
writing the journal, and every 'debrief remind', keeps current. The file
holds only dates and counts. Until debrief has written one, status prints
nothing.

--prompt prints the count alone, with no line break, for a prompt; see the
README for bash, zsh, fish and starship.`,
		Example: `  debrief status
  PS1='$(debrief status --prompt) \w \$ '`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			n, err := dueFromStatus(env, journalPath(cmd, env))
			if err != nil {
				return err
			}
			return printStatus(env.Stdout, n, prompt)
		},
	}
	cmd.Flags().BoolVar(&prompt, "prompt", false, "print only the count, such as \"2 due\", with no line break")
	return cmd
}

// dueFromStatus returns how many things are due today by the status file
// of the journal at path: 0 when there is none yet, or it cannot be read
// (a prompt must never fail).
func dueFromStatus(env Env, path string) (int, error) {
	sp := statusPathOf(env, path)
	if sp == "" {
		return 0, nil
	}
	s, err := remind.ReadStatus(sp)
	if err != nil && !errors.Is(err, remind.ErrNoStatus) {
		return 0, nil
	}
	return s.Due(todayOf(env)), nil
}

// printStatus prints n things due: for a prompt "2 due" with no line
// break and nothing at all when nothing is due, else a sentence.
func printStatus(w io.Writer, n int, prompt bool) error {
	var err error
	switch {
	case prompt && n > 0:
		_, err = io.WriteString(w, strconv.Itoa(n)+" due")
	case prompt:
	case n == 0:
		_, err = fmt.Fprintln(w, "Nothing is due.")
	default:
		_, err = fmt.Fprintf(w, "%d due: 'debrief remind' says what.\n", n)
	}
	return err
}

// promptArgs reports whether args ask for 'status --prompt' and nothing
// cobra must read (only --db), and which --db they give. Execute answers
// those before building the command tree: a prompt runs on every line the
// shell draws.
func promptArgs(args []string) (db string, ok bool) {
	if len(args) < 2 || args[0] != "status" {
		return "", false
	}
	prompt := false
	for i := 1; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--prompt":
			prompt = true
		case a == "--db" && i+1 < len(args):
			db = args[i+1]
			i++
		case strings.HasPrefix(a, "--db="):
			db = strings.TrimPrefix(a, "--db=")
		default:
			return "", false
		}
	}
	return db, prompt
}

// runPrompt answers 'status --prompt' without cobra.
func runPrompt(env Env, db string) int {
	n, _ := dueFromStatus(env, journalPathFrom(db, env))
	if printStatus(env.Stdout, n, true) != nil {
		return ExitFull
	}
	return ExitOK
}
