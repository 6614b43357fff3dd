package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newFollowUpDoneCmd(env Env) *cobra.Command {
	var date, note string
	cmd := &cobra.Command{
		Use:     "done REF",
		Short:   "Mark a follow-up done",
		Example: "  debrief followups done 12/thank_you\n  debrief followups done 12/check_in --date 2026-03-20 --note \"they decide next week\"",
		Args:    oneFollowUpRef,
		RunE: func(cmd *cobra.Command, args []string) error {
			on, err := parseDateFlag(date, env)
			if err != nil {
				return err
			}
			return markFollowUp(cmd, env, args[0], func(iv *journal.Interview, f journal.FollowUp) (string, error) {
				if err := iv.MarkFollowUp(f.ID, journal.FollowUpDone, on, journal.Date{}, note); err != nil {
					return "", err
				}
				return "Done on " + on.String(), nil
			})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the day you did it, YYYY-MM-DD (default today)")
	cmd.Flags().StringVar(&note, "note", "", "a note to keep with it")
	return cmd
}

func newFollowUpSnoozeCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "snooze REF [WHEN]",
		Short: "Put a follow-up off for a while",
		Long: `Puts a follow-up off until a later day, when it comes back on the list;
until then it is listed as snoozed. WHEN is a number of days or weeks such
as 1d, 3d or 1w, counted from the day the follow-up is due when that is
still ahead (so a note due in two weeks snoozed for 3d comes back three days
after it is due), or from today once it is due; or a date such as
2026-03-20. The default is 1d; "tomorrow" is the day after today.`,
		Example: "  debrief followups snooze 12/check_in\n  debrief followups snooze 12/check_in 3d\n  debrief followups snooze 12/connect 2026-03-20",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usageError{"snooze takes a follow-up such as 12/check_in, and optionally when: tomorrow, 3d, 1w or a date"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			today := todayOf(env)
			when := "1d"
			if len(args) == 2 {
				when = args[1]
			}
			if _, err := parseSnooze(when, today, today); err != nil {
				return err // a bad WHEN is a mistake whatever the follow-up
			}
			return markFollowUp(cmd, env, args[0], func(iv *journal.Interview, f journal.FollowUp) (string, error) {
				if f.Status == journal.FollowUpDone || f.Status == journal.FollowUpSkipped {
					return "", journal.Errorf(journal.EInvalid, "It is already %s; reopen it first to snooze it.", f.Status)
				}
				until, err := parseSnooze(when, journal.SnoozeFrom(f, today), today)
				if err != nil {
					return "", err
				}
				if err := iv.MarkFollowUp(f.ID, journal.FollowUpSnoozed, today, until, ""); err != nil {
					return "", err
				}
				return "Snoozed until " + until.Weekday().String() + " " + until.String(), nil
			})
		},
	}
}

func newFollowUpSkipCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "skip REF [REASON...]",
		Short:   "Decide not to do a follow-up, with the reason if you like",
		Example: "  debrief followups skip 12/connect\n  debrief followups skip 12/connect not on LinkedIn",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usageError{"skip takes a follow-up such as 12/connect, and optionally the reason"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			reason := strings.Join(args[1:], " ")
			return markFollowUp(cmd, env, args[0], func(iv *journal.Interview, f journal.FollowUp) (string, error) {
				if err := iv.MarkFollowUp(f.ID, journal.FollowUpSkipped, todayOf(env), journal.Date{}, reason); err != nil {
					return "", err
				}
				if reason == "" {
					return "Skipped", nil
				}
				return "Skipped (" + safetext.Line(reason) + ")", nil
			})
		},
	}
}

func newFollowUpReopenCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "reopen REF",
		Short:   "Undo marking a follow-up done, snoozed or skipped",
		Example: "  debrief followups reopen 12/thank_you",
		Args:    oneFollowUpRef,
		RunE: func(cmd *cobra.Command, args []string) error {
			return markFollowUp(cmd, env, args[0], func(iv *journal.Interview, f journal.FollowUp) (string, error) {
				if f.Status == journal.FollowUpOpen {
					return "", journal.Errorf(journal.EInvalid, "It is already open.")
				}
				if err := iv.MarkFollowUp(f.ID, journal.FollowUpOpen, todayOf(env), journal.Date{}, ""); err != nil {
					return "", err
				}
				return "Open again", nil
			})
		},
	}
}

func oneFollowUpRef(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageError{"give one follow-up, such as 12/thank_you"}
	}
	return nil
}

// markFollowUp finds the follow-up a reference names in its interview's
// plan, applies change, saves the interview and confirms what was done.
func markFollowUp(cmd *cobra.Command, env Env, arg string, change func(*journal.Interview, journal.FollowUp) (string, error)) error {
	ref, err := parseFollowUpRef(arg)
	if err != nil {
		return err
	}
	today := todayOf(env)
	var what string
	var label string
	iv, err := changeInterview(cmd, env, ref.interview, func(iv *journal.Interview) error {
		f, err := plannedFollowUp(iv, ref.id, today)
		if err != nil {
			return err
		}
		label = f.Kind.Label()
		what, err = change(iv, f)
		if err != nil {
			return journal.Errorf(journal.ErrorCode(err), "%s: %s", ref, journal.ErrorMessage(err))
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.Stdout, "%s: %s · %s (%s).\n", what, label, safetext.Line(iv.Title()), ref)
	return err
}

// parseSnooze reads when a snooze ends: tomorrow (the day after today), a
// number of days or weeks counted from from (Nd, Nw, a day, a week), or a
// date after today.
func parseSnooze(s string, from, today journal.Date) (journal.Date, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	bad := journal.Errorf(journal.EInvalid, "%q is not a time to snooze for; use tomorrow, a number of days or weeks such as 3d or 1w, or a date such as %s", s, today.AddDays(3))
	switch s {
	case "tomorrow":
		return today.AddDays(1), nil
	case "day", "a day":
		return from.AddDays(1), nil
	case "week", "a week":
		return from.AddDays(7), nil
	}
	if n := len(s); n >= 2 && (s[n-1] == 'd' || s[n-1] == 'w') {
		count, err := strconv.Atoi(s[:n-1])
		if err != nil || count < 1 || count > 3650 {
			return journal.Date{}, bad
		}
		if s[n-1] == 'w' {
			count *= 7
		}
		return from.AddDays(count), nil
	}
	d, err := journal.ParseDate(s)
	if _, layoutErr := time.Parse(journal.DateLayout, s); err != nil && layoutErr == nil {
		return journal.Date{}, err // a date, but outside the years debrief keeps
	}
	if err != nil || d.IsZero() {
		return journal.Date{}, bad
	}
	if !d.After(today) {
		return journal.Date{}, journal.Errorf(journal.EInvalid, "a snooze must end after today (%s), not on %s", today, d)
	}
	return d, nil
}
