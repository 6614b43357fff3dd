package cli

import (
	"bufio"
	"bytes"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

func newShowCmd(env Env) *cobra.Command {
	var filters filterFlags
	cmd := &cobra.Command{
		Use:   "show [ID...]",
		Short: "Print interviews as Markdown",
		Long: `Prints each interview named by its ID (the first column of 'debrief list
--plain'), or every interview the filter flags match, newest first, as
Markdown: front matter with the facts, then every answer under its heading.
Given both IDs and filters, it prints the named interviews the filters
match.`,
		Example: `  debrief show 42
  debrief show --search "salary range" --outcome rejected
  debrief show 42 > acme.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ids, err := parseIDs(args)
			if err != nil {
				return err
			}
			q, err := filters.query()
			if err != nil {
				return err
			}
			if len(ids) == 0 && q.IsZero() {
				return usageError{"show needs an interview ID (see 'debrief list') or a filter such as --search"}
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			if len(ids) == 0 {
				sums, err := matchingSummaries(s, &q, query.SortByDate)
				if err != nil {
					return err
				}
				for _, sm := range sums {
					ids = append(ids, sm.ID)
				}
				if len(ids) == 0 {
					return journal.Errorf(journal.ENotFound, "No interview matches.")
				}
			} else if !q.IsZero() {
				if ids, err = keepMatching(s, ids, &q); err != nil {
					return err
				}
			}
			return writeInterviews(env.Stdout, s, ids)
		},
	}
	filters.register(cmd)
	return cmd
}

// parseIDs reads interview IDs.
func parseIDs(args []string) ([]uint64, error) {
	ids := make([]uint64, 0, len(args))
	for _, a := range args {
		id, err := strconv.ParseUint(a, 10, 64)
		if err != nil || id == 0 {
			return nil, usageError{strconv.Quote(a) + " is not an interview ID; IDs are the numbers 'debrief list --plain' shows first"}
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// keepMatching returns the IDs whose interviews the query matches.
func keepMatching(s *store.Store, ids []uint64, q *query.Query) ([]uint64, error) {
	var out []uint64
	for _, id := range ids {
		iv, err := s.Interview(id)
		if err != nil {
			return nil, err
		}
		c := query.NewCandidate(iv.Summarize(), iv.SearchText())
		if q.Match(&c) {
			out = append(out, id)
		}
	}
	return out, nil
}

// writeInterviews prints the interviews one at a time, each made safe for
// the terminal, with a blank line between them.
func writeInterviews(w io.Writer, s *store.Store, ids []uint64) error {
	out := bufio.NewWriterSize(w, 1<<16)
	var page bytes.Buffer
	for i, id := range ids {
		iv, err := s.Interview(id)
		if err != nil {
			if journal.ErrorCode(err) == journal.ENotFound {
				return journal.Errorf(journal.ENotFound, "There is no interview %d; 'debrief list --plain' shows the IDs.", id)
			}
			return err
		}
		page.Reset()
		if err := export.WriteMarkdown(&page, iv); err != nil {
			return err
		}
		if i > 0 {
			out.WriteString("\n")
		}
		if _, err := out.WriteString(safetext.Text(page.String())); err != nil {
			return err
		}
	}
	return out.Flush()
}
