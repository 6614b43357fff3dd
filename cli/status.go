package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/dirs"
	"github.com/debrief-journal/debrief/statusfile"
)

func newStatusCmd(env Env) *cobra.Command {
	var prompt bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Say in a word how much is due, fast enough for a shell prompt",
		Long: `Prints how many things need you today (follow-ups due or overdue, practice
cards due, a weekly review not done in a week): "2 due: 'debrief remind' says
what.", or "Nothing is due."

It never opens the journal, so it answers at once, even while debrief is
open in another terminal: it reads a small status file that every debrief
writing the journal, and every 'debrief remind', keeps current. The file
holds only dates and counts. Until debrief has written one (for a journal
not made yet, say), it counts nothing due; 'debrief remind' reads the
journal itself.

--prompt prints the count alone, as "2 due" with no line break, and nothing
when nothing is due, for a shell prompt; see the README for bash, zsh, fish
and starship.`,
		Example: `  debrief status
  PS1='$(debrief status --prompt) \w \$ '`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printStatus(env.Stdout, dueFromStatus(env, journalPath(cmd, env)), prompt)
		},
	}
	cmd.Flags().BoolVar(&prompt, "prompt", false, "print only the count, such as \"2 due\", with no line break")
	return cmd
}

// dueFromStatus returns how many things are due today by the status file
// of the journal at path: 0 when there is none yet, or it cannot be read.
func dueFromStatus(env Env, path string) int {
	return statusfile.DueIn(dirs.State(env.Getenv), path, todayOf(env).String())
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
