package cli

import (
	"bufio"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
	"github.com/debrief-journal/debrief/ui"
)

func newListCmd(env Env) *cobra.Command {
	var filters filterFlags
	var plain, asJSON bool
	var sortBy string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "Browse your interviews, or print them as a table or JSON",
		Long: `On a terminal, opens the list of interviews: newest first, filtered as you
type. Words search the company and role (loosely) and every answer (plainly);
stage:, outcome:, tag:, company:, since: and until: narrow further. Press ? on
the list for every key.

When the output is not a terminal, or with --plain, it prints an aligned
table: id, date, company, role, stage, outcome, mood (after), self
(authenticity) and tags. With --json it prints one JSON object a line with
the fields id, date, company, role, stage, outcome, mood_after,
authenticity (0 when not rated) and tags (a list, maybe empty).

The flags narrow exactly as the screen's filter does; on a terminal they
become its starting filter.`,
		Example: `  debrief list
  debrief list --search salary --outcome rejected
  debrief list --plain --stage final --since 2025-01 --until 2025-06
  debrief list --json --tag remote | jq -r .company`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, err := filters.query()
			if err != nil {
				return err
			}
			order, err := query.ParseSortOrder(sortBy)
			if err != nil {
				return usageError{"--sort: " + journal.ErrorMessage(err)}
			}
			if plain && asJSON {
				return usageError{"--plain and --json cannot be used together"}
			}
			if !plain && !asJSON && env.interactive() {
				return runBrowse(cmd, env, filters.text())
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			sums, err := matchingSummaries(s, &q, order)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(env.Stdout, 1<<16)
			if asJSON {
				err = writeSummaryJSON(w, sums)
			} else {
				err = writeSummaryTable(w, sums)
			}
			if err != nil {
				return err
			}
			return w.Flush()
		},
	}
	f := cmd.Flags()
	filters.register(cmd)
	f.BoolVar(&plain, "plain", false, "print a table even on a terminal")
	f.BoolVar(&asJSON, "json", false, "print one JSON object a line")
	f.StringVar(&sortBy, "sort", "date", "date (newest first) or company")
	return cmd
}

// runBrowse opens the list screen with a starting filter.
func runBrowse(cmd *cobra.Command, env Env, query string) error {
	return runApp(cmd, env, ui.Options{Start: ui.StartBrowse, BrowseQuery: query})
}
