package cli

import (
	"cmp"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// maxCandidates bounds what one completion offers from the journal: the
// newest first, so that a journal of years still completes at once and the
// shell is not flooded.
const maxCandidates = 200

// completionJournal opens the journal the command line names for reading
// candidates, or returns nil. It never creates, upgrades or backs up
// anything: a missing journal, or one this debrief would first have to
// upgrade, simply offers nothing.
func completionJournal(cmd *cobra.Command, env Env) *store.Store {
	path := journalPath(cmd, env)
	if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return nil
	}
	s.Now = env.Now
	return s
}

// interviewCandidates offers the interview numbers starting with
// toComplete, newest first, each described by its company, role and date;
// numbers in given are left out.
func interviewCandidates(cmd *cobra.Command, env Env, toComplete string, given []string) ([]string, cobra.ShellCompDirective) {
	s := completionJournal(cmd, env)
	if s == nil {
		return nil, noFiles
	}
	defer s.Close()
	var sums []journal.Summary
	var err error
	if toComplete == "" {
		// The latest are all that is offered: read only those.
		sums, _, err = s.RecentSummaries(maxCandidates + len(given))
	} else {
		sums, err = s.Summaries()
	}
	if err != nil {
		return nil, noFiles
	}
	var out []string
	for i := range sums {
		id := strconv.FormatUint(sums[i].ID, 10)
		if !strings.HasPrefix(id, toComplete) || slices.Contains(given, id) {
			continue
		}
		c := candidate(id, describeSummary(&sums[i]))
		if id == toComplete {
			// The number typed in full comes first, however old.
			out = append([]string{c}, out...)
		} else if len(out) < maxCandidates {
			out = append(out, c)
		}
	}
	return out, noFiles | cobra.ShellCompDirectiveKeepOrder
}

// describeSummary names an interview as the list does: company, role and
// day.
func describeSummary(sm *journal.Summary) string {
	var parts []string
	for _, p := range []string{sm.Company, sm.Role, sm.Date.String()} {
		if p = safetext.Line(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// followUpCandidates offers follow-up references (12/thank_you) starting
// with toComplete: the open ones, soonest first, when open is set, else
// those done, snoozed or skipped (which reopen takes), newest first.
func followUpCandidates(cmd *cobra.Command, env Env, toComplete string, open bool) ([]string, cobra.ShellCompDirective) {
	s := completionJournal(cmd, env)
	if s == nil {
		return nil, noFiles
	}
	defer s.Close()
	today := todayOf(env)
	ivs, err := followUpInterviews(s, toComplete, today)
	if err != nil {
		return nil, noFiles
	}
	var items []journal.AgendaItem
	if open {
		a := journal.BuildAgenda(ivs, today)
		for _, group := range [][]journal.AgendaItem{a.Overdue, a.Today, a.ThisWeek, a.Later, a.Stale} {
			items = append(items, group...)
		}
	} else {
		slices.SortFunc(ivs, func(a, b *journal.Interview) int { return cmp.Compare(b.ID, a.ID) })
		for _, iv := range ivs {
			for _, f := range journal.PlanFollowUps(iv, today) {
				if f.Status != journal.FollowUpOpen {
					items = append(items, journal.AgendaItem{InterviewID: iv.ID, Company: iv.Company, FollowUp: f})
				}
			}
		}
	}
	var out []string
	for _, it := range items {
		ref := followUpRef{interview: it.InterviewID, id: it.FollowUp.ID}.String()
		if strings.HasPrefix(ref, toComplete) && len(out) < maxCandidates {
			out = append(out, candidate(ref, describeFollowUp(it)))
		}
	}
	return out, noFiles | cobra.ShellCompDirectiveKeepOrder
}

// wholeJournalUpTo is the size of journal whose follow-ups are all looked
// at for completion; planning them takes some 30 ms a thousand interviews.
// In a larger journal only the interview whose number is typed and the
// latest recentForFollowUps are, so that completing stays quick.
const (
	wholeJournalUpTo   = 2000
	recentForFollowUps = 100
)

// followUpInterviews returns the interviews whose follow-ups are offered.
func followUpInterviews(s *store.Store, toComplete string, today journal.Date) ([]*journal.Interview, error) {
	num, _, typedNum := strings.Cut(toComplete, "/")
	recent, total, err := s.RecentSummaries(recentForFollowUps)
	if err != nil {
		return nil, err
	}
	if total <= wholeJournalUpTo {
		return s.FollowUpInterviews(today)
	}
	var ids []uint64
	if id, err := strconv.ParseUint(num, 10, 64); err == nil {
		ids = append(ids, id)
	}
	if !typedNum {
		for _, sm := range recent {
			if strings.HasPrefix(strconv.FormatUint(sm.ID, 10), num) && !slices.Contains(ids, sm.ID) {
				ids = append(ids, sm.ID)
			}
		}
	}
	var ivs []*journal.Interview
	for _, id := range ids {
		if iv, err := s.Interview(id); err == nil {
			ivs = append(ivs, iv)
		} else if journal.ErrorCode(err) != journal.ENotFound {
			return nil, err
		}
	}
	return ivs, nil
}

// describeFollowUp says what a follow-up is, for whom, and when.
func describeFollowUp(it journal.AgendaItem) string {
	f := it.FollowUp
	parts := []string{f.Kind.Label()}
	if c := safetext.Line(it.Company); c != "" {
		parts = append(parts, c)
	}
	switch {
	case f.Status == journal.FollowUpOpen && !f.Due.IsZero():
		parts = append(parts, "due "+f.Due.String())
	case f.Status != journal.FollowUpOpen:
		parts = append(parts, string(f.Status))
	}
	return strings.Join(parts, " · ")
}

// journalValues returns the distinct companies or tags of the journal's
// interviews, most used first; nil when the journal cannot be read.
func journalValues(cmd *cobra.Command, env Env, of func(*journal.Summary) []string) []string {
	s := completionJournal(cmd, env)
	if s == nil {
		return nil
	}
	defer s.Close()
	sums, err := s.Summaries()
	if err != nil {
		return nil
	}
	count := map[string]int{}
	var values []string
	for i := range sums {
		for _, v := range of(&sums[i]) {
			v = safetext.Line(v)
			if v == "" {
				continue
			}
			if count[v] == 0 {
				values = append(values, v)
			}
			count[v]++
		}
	}
	slices.SortStableFunc(values, func(a, b string) int { return count[b] - count[a] })
	return values
}
