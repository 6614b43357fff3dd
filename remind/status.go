package remind

import (
	"os"
	"path/filepath"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/statusfile"
)

// Span is the days on which one follow-up needs the user, as
// journal.FollowUp.NeedsUser gives them: from its due day through the last
// day before it is stale.
type Span struct{ From, Until journal.Date }

// readerSlack is how many days a prompt's clock may be behind the clock of
// the run that wrote the status and still count right. Days before that
// are gathered on its first day, and follow-ups stale by then are left
// out, so that the file stays short however long the journal's history.
const readerSlack = 31

// StatusOf gathers what a shell prompt needs to say how much is due, on
// any day, without opening the journal (see package statusfile): the days
// each follow-up needs the user, the due days of the practice cards, and
// the latest review's day (zero when none), as of today. A review counts
// as due only in a journal with an interview: an empty one has nothing to
// review. It keeps the days themselves, so that a prompt read weeks later,
// or on a clock up to readerSlack days behind, counts what is due on its
// own day.
func StatusOf(followUps []Span, drillDays []journal.Date, today, lastReview journal.Date, anyInterview bool) statusfile.Counts {
	drills := map[journal.Date]int{}
	for _, d := range drillDays {
		drills[d]++
	}
	return StatusOfCounts(followUps, drills, today, lastReview, anyInterview)
}

// StatusOfCounts is StatusOf with the drills counted by day, as the store
// counts them.
func StatusOfCounts(followUps []Span, drills map[journal.Date]int, today, lastReview journal.Date, anyInterview bool) statusfile.Counts {
	c := statusfile.Counts{FollowUps: map[statusfile.Span]int{}, Drills: map[string]int{}}
	first := today.AddDays(-readerSlack)
	for _, s := range followUps {
		if !s.Until.Before(first) {
			c.FollowUps[statusfile.Span{From: laterOf(s.From, first).String(), Until: s.Until.String()}]++
		}
	}
	for d, n := range drills {
		c.Drills[laterOf(d, first).String()] += n
	}
	switch {
	case !lastReview.IsZero():
		c.ReviewFrom = lastReview.AddDays(journal.ReviewEvery).String()
	case anyInterview:
		// Never reviewed: due whatever the day.
		c.ReviewFrom = journal.NewDate(journal.FirstYear, 1, 1).String()
	}
	return c
}

func laterOf(a, b journal.Date) journal.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// WriteStatus writes the status file at path whole or not at all: into a
// temporary file beside it, readable by the user only, renamed into place.
// The folder is created private when missing.
func WriteStatus(path string, c statusfile.Counts) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".status-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(c.Encode())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
