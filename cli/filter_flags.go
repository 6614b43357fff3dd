package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
	"github.com/debrief-journal/debrief/store"
)

// filterFlags are the flags that narrow a list of interviews. They are
// turned into the text the list screen's filter would hold, and parsed by
// query.Parse, so a command and the screen always narrow alike.
type filterFlags struct {
	companies []string
	stages    []string
	outcomes  []string
	tags      []string
	since     string
	until     string
	search    string
}

// register adds the filter flags to a command.
func (f *filterFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringArrayVar(&f.companies, "company", nil, "the company contains this text (repeat for alternatives)")
	fs.StringArrayVar(&f.stages, "stage", nil, "stage, or the start of one: screen, first, second, technical, panel, final, other (commas or repeats for alternatives)")
	fs.StringArrayVar(&f.outcomes, "outcome", nil, "outcome, or the start of one: pending, next_round, offer, rejected, no_response, withdrew")
	fs.StringArrayVar(&f.tags, "tag", nil, "has a tag starting with this (repeat to require several; commas for alternatives)")
	fs.StringVar(&f.since, "since", "", "on or after this year, month or day: 2025, 2025-06 or 2025-06-30")
	fs.StringVar(&f.until, "until", "", "on or before this year, month or day")
	fs.StringVar(&f.search, "search", "", "words that must each appear in the company, role or any answer; \"quotes\" for a phrase")
}

// text returns the filter as the list screen writes it.
func (f *filterFlags) text() string {
	var parts []string
	add := func(key string, values []string) {
		for _, v := range values {
			if strings.TrimSpace(v) != "" {
				parts = append(parts, query.Token(key, v))
			}
		}
	}
	add(query.KeyCompany, f.companies)
	add(query.KeyStage, f.stages)
	add(query.KeyOutcome, f.outcomes)
	add(query.KeyTag, f.tags)
	add(query.KeySince, []string{f.since})
	add(query.KeyUntil, []string{f.until})
	if s := strings.TrimSpace(f.search); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// query parses the flags; a value that cannot be used is a usage error.
func (f *filterFlags) query() (query.Query, error) {
	q, problems := query.Parse(f.text())
	if len(problems) > 0 {
		return q, usageError{problems[0]}
	}
	return q, nil
}

// matchingSummaries returns the summaries of the interviews q matches, in
// the given order. The summaries decide every filter but free words; for
// those, the interviews that pass are read one at a time, so the journal is
// never held in memory whole.
func matchingSummaries(s *store.Store, q *query.Query, order query.SortOrder) ([]journal.Summary, error) {
	sums, err := s.Summaries()
	if err != nil {
		return nil, err
	}
	kept := sums[:0]
	for i := range sums {
		if q.MatchSummary(&sums[i]) {
			kept = append(kept, sums[i])
		}
	}
	if len(q.Words) > 0 && len(kept) > 0 {
		matched, err := matchAnswers(s, q, kept, len(kept)*4 < len(sums))
		if err != nil {
			return nil, err
		}
		n := 0
		for i := range kept {
			if matched[i] {
				kept[n] = kept[i]
				n++
			}
		}
		kept = kept[:n]
	}
	if order != query.SortByDate {
		slices.SortStableFunc(kept, func(a, b journal.Summary) int { return order.Compare(&a, &b) })
	}
	return kept, nil
}

// matchAnswers reports which of the kept interviews q's words match, reading
// each one: one at a time by ID when few are kept, else in one pass through
// the journal, which is faster than many lookups.
func matchAnswers(s *store.Store, q *query.Query, kept []journal.Summary, few bool) ([]bool, error) {
	matched := make([]bool, len(kept))
	check := func(i int, iv *journal.Interview) {
		c := query.NewCandidate(kept[i], iv.SearchText())
		matched[i] = q.Match(&c)
	}
	if few {
		for i := range kept {
			iv, err := s.Interview(kept[i].ID)
			if err != nil {
				return nil, err
			}
			check(i, iv)
		}
		return matched, nil
	}
	index := make(map[uint64]int, len(kept))
	for i := range kept {
		index[kept[i].ID] = i
	}
	err := s.EachInterview(func(iv *journal.Interview) error {
		if i, ok := index[iv.ID]; ok {
			check(i, iv)
		}
		return nil
	})
	return matched, err
}
