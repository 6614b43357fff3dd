package ui

import (
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// practiceOf returns the practice cards and stories of the journal, with
// their errors passed through report as the journal's are; nil when the
// journal keeps none.
func practiceOf(j kit.Journal, report func(error) error) kit.Practice {
	if r, ok := j.(reportingJournal); ok {
		j = r.j
	}
	p, ok := j.(kit.Practice)
	if !ok {
		return nil
	}
	return reportingPractice{p: p, report: report}
}

// reportingPractice is reportingJournal for the practice port.
type reportingPractice struct {
	p      kit.Practice
	report func(error) error
}

func (r reportingPractice) check(err error) error {
	if err == nil {
		return nil
	}
	return r.report(err)
}

func (r reportingPractice) Cards() ([]journal.Card, error) {
	c, err := r.p.Cards()
	return c, r.check(err)
}

func (r reportingPractice) CountDueCards(today journal.Date) (int, error) {
	n, err := r.p.CountDueCards(today)
	return n, r.check(err)
}

func (r reportingPractice) DueCards(today journal.Date) ([]journal.Card, error) {
	c, err := r.p.DueCards(today)
	return c, r.check(err)
}

func (r reportingPractice) ChangeCard(id uint64, n int, change func(*journal.Card) error) (*journal.Card, error) {
	c, err := r.p.ChangeCard(id, n, change)
	return c, r.check(err)
}

func (r reportingPractice) Stories() ([]journal.Story, error) {
	s, err := r.p.Stories()
	return s, r.check(err)
}

func (r reportingPractice) SaveStory(st *journal.Story) error { return r.check(r.p.SaveStory(st)) }

func (r reportingPractice) DeleteStory(id uint64) (*journal.Story, error) {
	s, err := r.p.DeleteStory(id)
	return s, r.check(err)
}

func (r reportingPractice) Reviews() ([]*journal.Review, error) {
	rs, err := r.p.Reviews()
	return rs, r.check(err)
}

func (r reportingPractice) Interviews() ([]*journal.Interview, error) {
	ivs, err := r.p.Interviews()
	return ivs, r.check(err)
}

func (r reportingPractice) AnalysisInterviews() ([]*journal.Interview, error) {
	ivs, err := r.p.AnalysisInterviews()
	return ivs, r.check(err)
}

func (r reportingPractice) PatternsKnown() ([]*journal.Interview, insight.Known, error) {
	ivs, known, err := r.p.PatternsKnown()
	return ivs, known, r.check(err)
}

func (r reportingPractice) AnalysisResult(name, stamp string, draw func([]*journal.Interview) ([]byte, error)) ([]byte, error) {
	b, err := r.p.AnalysisResult(name, stamp, draw)
	return b, r.check(err)
}
