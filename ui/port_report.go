package ui

import (
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// reportingJournal passes every error of the journal through report on its
// way to the screens (see Options.Report), so an unexpected one is written
// down once, in this one place, whichever screen meets it. It lists every
// method of Journal rather than embedding it, so that a method added to the
// port cannot slip past unreported.
type reportingJournal struct {
	j      kit.Journal
	report func(error) error
}

func (r reportingJournal) Summaries() ([]journal.Summary, error) {
	s, err := r.j.Summaries()
	return s, r.check(err)
}

func (r reportingJournal) RecentSummaries(n int) ([]journal.Summary, int, error) {
	s, total, err := r.j.RecentSummaries(n)
	return s, total, r.check(err)
}

func (r reportingJournal) Interview(id uint64) (*journal.Interview, error) {
	iv, err := r.j.Interview(id)
	return iv, r.check(err)
}

func (r reportingJournal) Interviews() ([]*journal.Interview, error) {
	ivs, err := r.j.Interviews()
	return ivs, r.check(err)
}

func (r reportingJournal) Drafts() ([]journal.Draft, error) {
	ds, err := r.j.Drafts()
	return ds, r.check(err)
}

func (r reportingJournal) SaveDraft(d *journal.Draft) error { return r.check(r.j.SaveDraft(d)) }

func (r reportingJournal) ClaimDraft(id uint64) (*journal.Draft, error) {
	d, err := r.j.ClaimDraft(id)
	return d, r.check(err)
}

func (r reportingJournal) KeepDraft(d *journal.Draft, release bool) (journal.DraftKept, error) {
	kept, err := r.j.KeepDraft(d, release)
	return kept, r.check(err)
}

func (r reportingJournal) DeleteDraft(id uint64) error { return r.check(r.j.DeleteDraft(id)) }

func (r reportingJournal) FinishDraft(draftID uint64, iv *journal.Interview) error {
	return r.check(r.j.FinishDraft(draftID, iv))
}

func (r reportingJournal) FinishDraftInto(draftID, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := r.j.FinishDraftInto(draftID, id, change)
	return iv, r.check(err)
}

func (r reportingJournal) ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := r.j.ChangeInterview(id, change)
	return iv, r.check(err)
}

func (r reportingJournal) DeleteInterview(id uint64) (*journal.Interview, error) {
	iv, err := r.j.DeleteInterview(id)
	return iv, r.check(err)
}

func (r reportingJournal) RestoreInterview(iv *journal.Interview) error {
	return r.check(r.j.RestoreInterview(iv))
}

func (r reportingJournal) EachInterview(fn func(*journal.Interview) error) error {
	return r.check(r.j.EachInterview(fn))
}

func (r reportingJournal) Reviews() ([]*journal.Review, error) {
	rs, err := r.j.Reviews()
	return rs, r.check(err)
}

func (r reportingJournal) FinishReview(draftID uint64, rv *journal.Review) error {
	return r.check(r.j.FinishReview(draftID, rv))
}

func (r reportingJournal) Agenda(today journal.Date) (journal.Agenda, error) {
	a, err := r.j.Agenda(today)
	return a, r.check(err)
}

func (r reportingJournal) LessonsSince(day journal.Date, limit int) ([]string, error) {
	ls, err := r.j.LessonsSince(day, limit)
	return ls, r.check(err)
}

// check reports err, leaving nil alone.
func (r reportingJournal) check(err error) error {
	if err == nil {
		return nil
	}
	return r.report(err)
}
