package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newOutcomeCmd(env Env) *cobra.Command {
	var date, replyBy string
	var interested bool
	cmd := &cobra.Command{
		Use:   "outcome ID [STATUS]",
		Short: "Record where a hiring process stands after an interview",
		Long: `Records the outcome of an interview and the day it came: pending, next round,
offer, rejected, no response or withdrew. The follow-ups change with it: a
rejection, for instance, drops the check-in and plans a gracious reply and a
request for feedback.

An offer plans its own follow-ups: thank them, ask for it in writing, and
reply (or decline graciously) by --reply-by, the day they asked for an
answer by, or within a working week when they gave none.

--still-interested says you would still like to work there (or, with =false,
that you no longer would); while it holds, once the process has ended without
an offer, debrief plans a keep-in-touch note every few months. It can be
given without a status.`,
		Example: `  debrief outcome 12 rejected
  debrief outcome 12 "next round" --date 2026-03-20
  debrief outcome 12 offer --reply-by 2026-03-27
  debrief outcome 12 rejected --still-interested
  debrief outcome 12 --still-interested=false`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 || (len(args) == 1 && (cmd.Flags().Changed("still-interested") || cmd.Flags().Changed("reply-by"))) {
				return nil
			}
			return usageError{"outcome takes an interview number and a status (" + statusNames() + ")"}
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseInterviewNumber(args[0])
			if err != nil {
				return err
			}
			var status journal.Status
			if len(args) == 2 {
				if status, err = journal.ParseStatus(args[1]); err != nil {
					return err
				}
			}
			day, err := parseDateFlag(date, env)
			if err != nil {
				return err
			}
			iv, err := changeInterview(cmd, env, id, func(iv *journal.Interview) error {
				if status != "" {
					if err := iv.SetOutcome(status, day); err != nil {
						return journal.Errorf(journal.EInvalid, "--date: %s", journal.ErrorMessage(err))
					}
				}
				if cmd.Flags().Changed("still-interested") {
					iv.StillInterested = interested
				}
				if cmd.Flags().Changed("reply-by") {
					by, err := journal.ParseDate(replyBy)
					if err != nil {
						return journal.Errorf(journal.EInvalid, "--reply-by: %s", journal.ErrorMessage(err))
					}
					if err := iv.SetReplyBy(by); err != nil {
						return journal.Errorf(journal.EInvalid, "--reply-by: %s", journal.ErrorMessage(err))
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			return printOutcome(env.Stdout, iv, todayOf(env))
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the day the outcome came, YYYY-MM-DD (default today)")
	cmd.Flags().StringVar(&replyBy, "reply-by", "", "for an offer, the day they asked for an answer by, YYYY-MM-DD")
	cmd.Flags().BoolVar(&interested, "still-interested", false, "you would still like to work there (--still-interested=false: no longer)")
	return cmd
}

// printOutcome confirms the change and lists the follow-ups it leaves open.
func printOutcome(w io.Writer, iv *journal.Interview, today journal.Date) error {
	line := fmt.Sprintf("Interview %d (%s): %s", iv.ID, safetext.Line(iv.Title()), iv.Outcome.Status.Label())
	if !iv.Outcome.Date.IsZero() {
		line += " on " + iv.Outcome.Date.String()
	}
	if iv.StillInterested {
		line += "; still interested"
	}
	fmt.Fprintln(w, line+".")
	var open []string
	for _, f := range journal.PlanFollowUps(iv, today) {
		if f.Status == journal.FollowUpOpen {
			ref := followUpRef{interview: iv.ID, id: f.ID}
			open = append(open, fmt.Sprintf("  %-24s %s, %s", ref, f.Kind.Label(), dueText(f, today)))
		}
	}
	if len(open) == 0 {
		_, err := fmt.Fprintln(w, "No follow-ups are open for it now.")
		return err
	}
	_, err := fmt.Fprintln(w, "Follow-ups open now:\n"+strings.Join(open, "\n"))
	return err
}

func statusNames() string {
	var names []string
	for _, s := range journal.Statuses {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}
