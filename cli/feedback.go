package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newFeedbackCmd(env Env) *cobra.Command {
	var from, date string
	cmd := &cobra.Command{
		Use:   "feedback ID [TEXT...]",
		Short: "Record feedback you received about an interview",
		Long: `Keeps what someone at the company or a recruiter told you about an
interview, with who said it and when. The text comes from the arguments, or
from standard input when there are none (end it with ctrl+d).

To reflect on the decision itself (how it sits with you, what you take from
it, what you will do differently), open the interview's outcome from the
home screen and choose to reflect on the decision.`,
		Example: `  debrief feedback 12 --from "Sam, recruiter" Wanted more depth on system design
  debrief feedback 12 --from Dana --date 2026-03-20 < notes.txt`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usageError{"feedback takes an interview number, then what they said"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseInterviewNumber(args[0])
			if err != nil {
				return err
			}
			day, err := parseDateFlag(date, env)
			if err != nil {
				return err
			}
			text := strings.Join(args[1:], " ")
			if len(args) == 1 {
				if env.IsTerminal(env.Stdin) {
					fmt.Fprintln(env.Stderr, "What did they say? End with ctrl+d.")
				}
				if text, err = readFeedbackText(env.Stdin); err != nil {
					return err
				}
			}
			fb := journal.Feedback{Date: day, From: strings.TrimSpace(from), Text: strings.TrimSpace(text)}
			iv, err := changeInterview(cmd, env, id, func(iv *journal.Interview) error { return iv.AddFeedback(fb) })
			if err != nil {
				return err
			}
			who := ""
			if fb.From != "" {
				who = " from " + safetext.Line(fb.From)
			}
			_, err = fmt.Fprintf(env.Stdout, "Kept the feedback%s on interview %d (%s), %s. It has %s.\n",
				who, iv.ID, safetext.Line(iv.Title()), fb.Date, plural(len(iv.Feedback), "1 piece of feedback", fmt.Sprintf("%d pieces of feedback", len(iv.Feedback))))
			return err
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "who gave the feedback, such as \"Sam, recruiter\"")
	cmd.Flags().StringVar(&date, "date", "", "the day you received it, YYYY-MM-DD (default today)")
	return cmd
}

func readFeedbackText(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, journal.MaxTextBytes+1))
	if err != nil {
		return "", journal.Errorf(journal.EInvalid, "The feedback could not be read from standard input.")
	}
	return string(data), nil
}
