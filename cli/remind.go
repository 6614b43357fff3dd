package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/statusfile"
	"github.com/debrief-journal/debrief/store"
)

func newRemindCmd(env Env) *cobra.Command {
	var check, asJSON, notify bool
	var sched scheduleFlags
	cmd := &cobra.Command{
		Use:   "remind",
		Short: "Say what needs you today: follow-ups due, practice, the weekly review",
		Long: `Prints, in a few plain lines, what needs you now: the follow-ups due today
or overdue, practice cards that are due, and the weekly review when none was
done in the last seven days. It prints nothing else and changes nothing in
the journal.

--check prints nothing and answers with its exit code: 1 when something is
due, 0 when nothing is (and 6, as in every form, when there is no journal).
--notify shows one desktop notification instead of printing (and prints
when there is no desktop to show it on).

--install sets up a daily run of 'debrief remind --notify' with the
system's own scheduler, so nothing of debrief keeps running: a systemd user
timer on Linux, a launchd agent on macOS; elsewhere it prints the crontab
line to add. --at sets the time (default: remind_at in the config file, or
09:00). --dry-run shows what it would write and run; --uninstall removes it.`,
		Example: `  debrief remind
  debrief remind --check && echo "all clear"
  debrief remind --install --at 08:30
  debrief remind --install --dry-run
  debrief remind --uninstall`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if sched.install || sched.uninstall {
				if check || asJSON || notify {
					return usageError{"--install and --uninstall go with --at and --dry-run only"}
				}
				return runSchedule(cmd, env, sched)
			}
			if sched.dryRun || sched.at != "" {
				return usageError{"--dry-run and --at go with --install"}
			}
			if countFlags(check, asJSON, notify) > 1 {
				return usageError{"choose one of --check, --json and --notify"}
			}
			rep, err := reminders(cmd, env)
			if err != nil {
				return err
			}
			switch {
			case check:
				if rep.Count() > 0 {
					return statusExit(1)
				}
				return nil
			case asJSON:
				enc := json.NewEncoder(safetext.JSONWriter(env.Stdout))
				enc.SetIndent("", "  ")
				return enc.Encode(rep.JSON())
			case notify:
				return notifyReminders(env, rep)
			}
			return printReminders(env, rep)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&check, "check", false, "print nothing; exit 1 when something is due, 0 when nothing is")
	f.BoolVar(&asJSON, "json", false, "print what is due as JSON")
	f.BoolVar(&notify, "notify", false, "show a desktop notification when something is due")
	sched.addFlags(cmd)
	return cmd
}

func countFlags(flags ...bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
}

// reminders reads what needs the user today from the journal, without
// changing it, and brings the status file the shell prompt reads up to
// date on the way. A journal that does not exist is an ENotFound error, as
// for every command that only reads: a mistyped --db must not pass for a
// day with nothing due.
func reminders(cmd *cobra.Command, env Env) (remind.Report, error) {
	today := todayOf(env)
	s, err := openStore(cmd, env)
	if err != nil {
		return remind.Report{}, err
	}
	defer s.Close()
	rep, status, err := gatherReminders(s, env, today)
	if err != nil {
		return remind.Report{}, err
	}
	keepStatus(env, journalPath(cmd, env), status)
	return rep, nil
}

// gatherReminders reads the report for today and the status for the
// prompt from an open journal. Its reads share one opening of the
// journal's file (see store.Holding).
func gatherReminders(s *store.Store, env Env, today journal.Date) (remind.Report, statusfile.Counts, error) {
	rep := remind.Report{Today: today}
	var ivs []*journal.Interview
	var rest dueBesides
	err := s.Holding(func() error {
		var err error
		if ivs, err = s.FollowUpInterviews(today); err != nil {
			return err
		}
		rest, err = readDueBesides(s, env)
		return err
	})
	if err != nil {
		return rep, statusfile.Counts{}, err
	}
	a := journal.BuildAgenda(ivs, today)
	rep.FollowUps = append(append(rep.FollowUps, a.Overdue...), a.Today...)
	rep.LastReview = rest.lastReview
	rep.ReviewDue = rest.reviewDue
	for d, n := range rest.drills {
		if !d.After(today) {
			rep.DrillsDue += n
		}
	}
	return rep, rest.status(followUpSpans(a), today), nil
}

// dueBesides is what needs the user besides the follow-ups: the weekly
// review and the practice cards.
type dueBesides struct {
	// lastReview is the day of the latest review; zero when there is none.
	lastReview journal.Date
	// reviewDue is set when the journal has interviews and no review in
	// the last week.
	reviewDue bool
	// anyInterview is set when the journal holds an interview.
	anyInterview bool
	// drills counts the cards by the day they are due.
	drills map[journal.Date]int
}

// readDueBesides reads the reviews and the cards of an open journal.
func readDueBesides(s *store.Store, env Env) (dueBesides, error) {
	var d dueBesides
	reviews, err := s.Reviews()
	if err != nil {
		return d, err
	}
	if d.anyInterview, err = s.HasInterviews(); err != nil {
		return d, err
	}
	last := journal.LatestReview(reviews)
	if last != nil {
		d.lastReview = last.Day(env.Now().Location())
	}
	d.reviewDue = d.anyInterview && journal.ReviewDue(last, env.Now())
	d.drills, err = s.CardDueCounts()
	return d, err
}

// status is the prompt's status on today with the follow-ups' spans.
func (d dueBesides) status(followUps []remind.Span, today journal.Date) statusfile.Counts {
	return remind.StatusOfCounts(followUps, d.drills, today, d.lastReview, d.anyInterview)
}

// followUpSpans is the days each follow-up of the agenda needs the user
// (see journal.FollowUp.NeedsUser). The stale ones are in it too: stale on
// this run's day, they may not be on the day a prompt reads the status,
// when the clock of this run is ahead.
func followUpSpans(a journal.Agenda) []remind.Span {
	var spans []remind.Span
	for _, group := range [][]journal.AgendaItem{a.Overdue, a.Today, a.ThisWeek, a.Later, a.Snoozed, a.Stale} {
		for _, it := range group {
			if from, until := it.FollowUp.NeedsUser(); !from.IsZero() {
				spans = append(spans, remind.Span{From: from, Until: until})
			}
		}
	}
	return spans
}

// printReminders prints the report, or that nothing needs the user.
func printReminders(env Env, rep remind.Report) error {
	lines := rep.Lines()
	if len(lines) == 0 {
		lines = []string{"Nothing needs you today."}
	}
	_, err := fmt.Fprintln(env.Stdout, strings.Join(lines, "\n"))
	return err
}
