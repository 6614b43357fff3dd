package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui"
)

func newReviewCmd(env Env) *cobra.Command {
	var list bool
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Look back on your week and choose one thing to practise",
		Long: `A short weekly session. It opens on your week at a glance: the interviews
since your last review, the follow-ups done, overdue and coming (mark them
done right there), feedback that came in and what moved in your patterns.
Then it asks whether you practised last week's focus, a few questions about
the week, and the one thing to practise next, suggested from what keeps
coming up. Answers are saved as you type; leave with esc and come back with
'debrief review'.

Reviewing every week builds a streak; a week without a review ends it.`,
		Example: `  debrief review
  debrief review --list
  debrief review show 3 > review.md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if list {
				return printReviews(cmd, env)
			}
			if !env.interactive() {
				return noTTYError{"debrief review needs a terminal for the guided review. 'debrief review --list' and 'debrief review show ID' print past reviews."}
			}
			return runApp(cmd, env, ui.Options{Start: ui.StartReview})
		},
	}
	cmd.Flags().BoolVar(&list, "list", false, "print every weekly review, newest first, and the streak")
	cmd.AddCommand(newReviewShowCmd(env))
	return cmd
}

func newReviewShowCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "show ID",
		Short:   "Print one weekly review as Markdown",
		Example: `  debrief review show 3`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{"review show takes the ID of one review (see debrief review --list)"}
			}
			if _, err := strconv.ParseUint(args[0], 10, 64); err != nil {
				return usageError{fmt.Sprintf("%q is not a review ID; IDs are the numbers debrief review --list shows", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, _ := strconv.ParseUint(args[0], 10, 64)
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			r, err := s.Review(id)
			s.Close()
			if journal.ErrorCode(err) == journal.ENotFound {
				return journal.Errorf(journal.ENotFound, "There is no review %d. 'debrief review --list' shows the ones you have.", id)
			}
			if err != nil {
				return err
			}
			var page bytes.Buffer
			if err := export.WriteReviewMarkdown(&page, r); err != nil {
				return err
			}
			_, err = fmt.Fprint(env.Stdout, safetext.Text(page.String()))
			return err
		},
	}
}

// printReviews prints every review as a plain table, newest first, then
// the streak.
func printReviews(cmd *cobra.Command, env Env) error {
	s, err := openStore(cmd, env)
	if err != nil {
		return err
	}
	reviews, err := s.Reviews()
	s.Close()
	if err != nil {
		return err
	}
	if len(reviews) == 0 {
		_, err := fmt.Fprintln(env.Stdout, "No weekly reviews yet. Run 'debrief review' for the first one.")
		return err
	}
	slices.SortStableFunc(reviews, func(a, b *journal.Review) int {
		if c := b.WeekOf.Compare(a.WeekOf); c != 0 {
			return c
		}
		return b.CreatedAt.Compare(a.CreatedAt)
	})
	w := bufio.NewWriter(env.Stdout)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tWEEK OF\tPRACTISED\tFOCUS")
	for _, r := range reviews {
		done := safetext.Line(string(r.PreviousFocusDone))
		if done == "" {
			done = "-"
		}
		focus := strings.TrimSpace(safetext.Line(r.Focus))
		if focus == "" {
			focus = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", r.ID, r.WeekOf, done, focus)
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(w, streakSentence(journal.ReviewStreak(reviews, journal.DateOf(env.Now()))))
	return w.Flush()
}

// streakSentence says how long the weekly streak is.
func streakSentence(s journal.Streak) string {
	switch {
	case s.Weeks == 0 && s.Last > 0:
		return fmt.Sprintf("Streak: your last one ran %s; a review this week starts a new one.", weeksWords(s.Last))
	case s.Weeks == 0:
		return "Streak: none running. A review this week starts one."
	case s.ThisWeek && s.Weeks == 1:
		return "Streak: 1 week, this one."
	case s.ThisWeek:
		return fmt.Sprintf("Streak: %d weeks in a row, this one included.", s.Weeks)
	case s.Weeks == 1:
		return "Streak: 1 week; review this week to keep it going."
	}
	return fmt.Sprintf("Streak: %d weeks in a row; review this week to keep it going.", s.Weeks)
}

// weeksWords writes a number of weeks: "1 week", "3 weeks".
func weeksWords(n int) string { return fmt.Sprintf("%d %s", n, plural(n, "week", "weeks")) }
