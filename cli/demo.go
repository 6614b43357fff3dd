package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// defaultDemoInterviews is enough for a newcomer to see every screen at
// work (a few months of searching, repeated curveballs, offers and
// rejections) without a wall of rows.
const defaultDemoInterviews = 120

// demoBatch is how many interviews go into one transaction: each commit
// syncs the disk, so large batches keep 100,000 interviews to seconds while
// bounding the memory held.
const demoBatch = 1000

// maxDemoInterviews keeps a typo from filling the disk.
const maxDemoInterviews = 1_000_000

func newDemoCmd(env Env) *cobra.Command {
	var n int
	var seed int64
	var today string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Fill an empty journal with invented interviews to explore",
		Long: `Writes invented interviews (companies, people, curveballs, lessons and
outcomes that behave like a real job search) into an empty journal, so you
can try the list, the patterns and the review before your own interviews
are in. It refuses a journal that already holds anything.

The same --seed, --interviews and --today always give the same journal.
Point it at a journal of its own with --db or DEBRIEF_DB, so your real one
stays yours.`,
		Example: `  debrief demo --db /tmp/demo.db
  DEBRIEF_DB=/tmp/demo.db debrief demo --interviews 10000 --seed 7
  debrief --db /tmp/demo.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || n > maxDemoInterviews {
				return usageError{fmt.Sprintf("--interviews: give a number from 1 to %d", maxDemoInterviews)}
			}
			now := env.Now()
			if today != "" {
				d, err := journal.ParseDate(today)
				if err == nil && d.IsZero() {
					err = journal.Errorf(journal.EInvalid, "give a day such as 2026-03-14")
				}
				if err != nil {
					return journal.Errorf(journal.EInvalid, "--today: %s", journal.ErrorMessage(err))
				}
				// The evening of that day, when a demo reflection would
				// have been written.
				now = d.Time(time.Local).Add(20 * time.Hour)
			}
			if err := demoDayFits(journal.DateOf(now)); err != nil {
				return err
			}
			s, err := openWriting(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := refuseNonEmpty(s); err != nil {
				return err
			}
			started := time.Now()
			added, err := fillDemo(s, n, seed, now)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "Added %s to %s in %s.\n", counted(added, "demo interview", "demo interviews"), s.Path(), time.Since(started).Round(time.Millisecond))
			fmt.Fprintf(env.Stdout, "Open them with: debrief --db %s\n", s.Path())
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&n, "interviews", defaultDemoInterviews, "how many interviews to invent")
	f.Int64Var(&seed, "seed", 1, "the seed the journal is made from")
	f.StringVar(&today, "today", "", "pretend today is this day, YYYY-MM-DD (default: today)")
	return cmd
}

// refuseNonEmpty keeps demo data out of a journal that holds anything.
func refuseNonEmpty(s *store.Store) error {
	count, err := s.CountInterviews()
	if err != nil {
		return err
	}
	drafts, err := s.Drafts()
	if err != nil {
		return err
	}
	reviews, err := s.Reviews()
	if err != nil {
		return err
	}
	if count+len(drafts)+len(reviews) > 0 {
		return journal.Errorf(journal.EConflict, "The journal at %s is not empty (%s, %s, %s); demo data goes only into an empty one. Use --db with a new file.", s.Path(),
			counted(count, "interview", "interviews"), counted(len(drafts), "draft", "drafts"), counted(len(reviews), "review", "reviews"))
	}
	return nil
}

// fillDemo streams n demo interviews into the journal in batches and
// returns how many were added.
func fillDemo(s *store.Store, n int, seed int64, now time.Time) (int, error) {
	added := 0
	batch := make([]journal.Interview, 0, min(n, demoBatch))
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		rep, err := s.Import(batch, nil, false, false)
		added += rep.Added
		batch = batch[:0]
		return err
	}
	err := demo.Stream(n, seed, now, func(iv journal.Interview) error {
		batch = append(batch, iv)
		if len(batch) == demoBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return added, err
}

// demoYearsBack is how many years before its day a demo journal may reach:
// its span, at most eight years, and a little more.
const demoYearsBack = 10

// demoDayFits checks the day a demo journal ends on (--today, or today):
// late enough in the years debrief keeps for the demo's years of interviews
// before it, and early enough for the follow-ups after it.
func demoDayFits(d journal.Date) error {
	first, last := journal.NewDate(journal.FirstYear+demoYearsBack, 1, 1), journal.NewDate(journal.LastYear-1, 12, 31)
	if d.Before(first) || d.After(last) {
		return journal.Errorf(journal.EInvalid, "--today: the demo fills the years before %s and plans follow-ups after it; give a day from %s to %s", d, first, last)
	}
	return nil
}
