package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newFollowUpLetGoCmd(env Env) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:     "letgo",
		Aliases: []string{"let-go"},
		Short:   "Let go of every stale follow-up at once",
		Long: fmt.Sprintf(`Records every stale follow-up (more than %d days past its deadline, listed
under Stale) as skipped today, with a note that it was let go, so the list
holds only what is still worth doing. Each one stays in its interview's
history, and 'debrief followups reopen' brings any of them back.`, journal.StaleAfterDays),
		Example: "  debrief followups letgo --dry-run\n  debrief followups letgo",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return letGoStale(cmd, env, dryRun)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "list what would be let go, and change nothing")
	return cmd
}

// letGoStale marks the stale follow-ups of the journal skipped, one
// interview at a time, each in its own transaction, and lists them.
func letGoStale(cmd *cobra.Command, env Env, dryRun bool) error {
	s, err := openExisting(cmd, env)
	if err != nil {
		return err
	}
	defer s.Close()
	today := todayOf(env)
	a, err := s.Agenda(today)
	if err != nil {
		return err
	}
	if len(a.Stale) == 0 {
		_, err := fmt.Fprintln(env.Stdout, "No stale follow-ups: nothing to let go.")
		return err
	}
	var ids []uint64
	for _, it := range a.Stale {
		if !slices.Contains(ids, it.InterviewID) {
			ids = append(ids, it.InterviewID)
		}
	}
	var b strings.Builder
	n := 0
	for _, id := range ids {
		var gone []string
		if dryRun {
			for _, it := range a.Stale {
				if it.InterviewID == id {
					gone = append(gone, it.FollowUp.ID)
				}
			}
		} else if _, err := s.ChangeInterview(id, func(iv *journal.Interview) error {
			gone, err = iv.LetGoStale(today)
			return err
		}); err != nil {
			return err
		}
		for _, fid := range gone {
			kind, _, _ := journal.ParseFollowUpID(fid)
			fmt.Fprintf(&b, "  %s · %s\n", safetext.Line(followUpRef{interview: id, id: fid}.String()), kind.Label())
			n++
		}
	}
	if dryRun {
		fmt.Fprintf(&b, "Would let go of %d stale %s; nothing was changed.\n", n, plural(n, "follow-up", "follow-ups"))
	} else {
		fmt.Fprintf(&b, "Let go of %d stale %s, each recorded as skipped.\n", n, plural(n, "follow-up", "follow-ups"))
	}
	_, err = fmt.Fprint(env.Stdout, safetext.Text(b.String()))
	return err
}
