package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui"
)

func newFollowUpsCmd(env Env) *cobra.Command {
	var plain, asJSON bool
	var icsPath string
	cmd := &cobra.Command{
		Use:     "followups",
		Aliases: []string{"follow-ups", "fu"},
		Short:   "What to send after your interviews, and when",
		Long: `Lists the follow-ups worth doing after your interviews (thank-you notes,
check-ins, replies to a decision, requests for feedback, keep-in-touch
notes), grouped as overdue (what matters most first), today, this week
and later; those more than a month past their deadline are listed as stale,
and those you put off as snoozed.

On a terminal it opens the follow-ups screen, where you can read and copy
each message and mark it done, snooze it or skip it. Otherwise, or with
--plain, it prints the list; --json prints it as JSON, and --ics writes the
open follow-ups as a calendar file: importing it again later updates the
entries instead of adding them twice. Each entry has an alarm on its day at
remind_at from the config file (09:00 when not set).

Each follow-up has a reference made of the interview number and its name,
such as 12/thank_you (interview 12's thank-you note) or 12/keep_in_touch-2.
The subcommands take it:

  debrief followups draft 12/thank_you    print the drafted message
  debrief followups done 12/thank_you     mark it done today
  debrief followups snooze 12/check_in 3d put it off for three days
  debrief followups skip 12/connect "not on LinkedIn"
  debrief followups reopen 12/connect     undo done, snoozed or skipped
  debrief followups letgo                 skip every stale one at once

Message templates can be replaced by files in the templates folder of the
configuration folder ($XDG_CONFIG_HOME/debrief/templates/KIND.txt, such as
thank_you.txt). See 'debrief followups draft --help'.`,
		Example: `  debrief followups
  debrief followups --plain
  debrief followups --json | jq '.overdue[].ref'
  debrief followups --ics ~/followups.ics`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if plain && asJSON {
				return usageError{"choose one of --plain and --json"}
			}
			if icsPath == "" && !plain && !asJSON && env.interactive() {
				return runApp(cmd, env, ui.Options{Start: ui.StartFollowUps})
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			today := todayOf(env)
			if icsPath != "" {
				ivs, err := s.FollowUpInterviews(today)
				if err != nil {
					return err
				}
				c, err := readConfig(configPath(env))
				if err != nil {
					return err
				}
				events := export.FollowUpEvents(ivs, today)
				hour, minute := c.reminderTime()
				export.SetAlarms(events, hour, minute)
				return writeCalendar(env, icsPath, events)
			}
			a, err := s.Agenda(today)
			if err != nil {
				return err
			}
			if asJSON {
				return printAgendaJSON(env.Stdout, a)
			}
			return printAgendaPlain(env.Stdout, a)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&plain, "plain", false, "print the list instead of opening the screen")
	f.BoolVar(&asJSON, "json", false, "print the list as JSON")
	f.StringVar(&icsPath, "ics", "", "write the open follow-ups to this iCalendar file (- for standard output)")
	cmd.AddCommand(newFollowUpDraftCmd(env), newFollowUpDoneCmd(env), newFollowUpSnoozeCmd(env),
		newFollowUpSkipCmd(env), newFollowUpReopenCmd(env), newFollowUpLetGoCmd(env))
	return cmd
}

// writeCalendar writes events to path (or standard output for -), and says
// how many when it wrote a file.
func writeCalendar(env Env, path string, events []export.CalendarEvent) error {
	stamp := env.Now()
	if path == "-" && env.IsTerminal(env.Stdout) {
		// Shown on a terminal, the calendar's text is made safe to show, as
		// every page printed there is; into a pipe it goes as written.
		var page bytes.Buffer
		if err := export.WriteICS(&page, events, stamp); err != nil {
			return err
		}
		_, err := io.WriteString(env.Stdout, safetext.Text(page.String()))
		return err
	}
	if path == "-" {
		return export.WriteICS(env.Stdout, events, stamp)
	}
	path = expandHome(path, env)
	if err := writeFileAtomic(path, func(w *bufio.Writer) error { return export.WriteICS(w, events, stamp) }); err != nil {
		return err
	}
	_, err := fmt.Fprintf(env.Stdout, "Wrote %d %s to %s.\n", len(events), plural(len(events), "follow-up", "follow-ups"), path)
	return err
}
