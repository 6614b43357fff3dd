package remind

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/statusfile"
)

// Status is what a shell prompt needs to say how much is due, on any day,
// without opening the journal: the days things fall due, and how many on
// each. It holds dates and counts only, never the user's words.
type Status struct {
	// FollowUps counts the open follow-ups by the day they are due, and
	// the snoozed ones by the day they come back.
	FollowUps map[journal.Date]int
	// Drills counts practice cards by the day they are due.
	Drills map[journal.Date]int
	// ReviewFrom is the day a weekly review is due from; zero when there
	// is nothing to review yet.
	ReviewFrom journal.Date
}

// Due returns how many things are due on today: follow-ups and cards due
// by then, and the review once its day has come.
func (s Status) Due(today journal.Date) int {
	n := 0
	for _, counts := range []map[journal.Date]int{s.FollowUps, s.Drills} {
		for day, c := range counts {
			if !day.After(today) {
				n += c
			}
		}
	}
	if !s.ReviewFrom.IsZero() && !s.ReviewFrom.After(today) {
		n++
	}
	return n
}

// StatusOf gathers the status from the day each follow-up needs the user
// (an open one's due day, a snoozed one's day back), the due days of the
// practice cards, and the latest review's day (zero when none). A review
// counts as due only in a journal with an interview: an empty one has
// nothing to review.
func StatusOf(followUpDays, drillDays []journal.Date, today, lastReview journal.Date, anyInterview bool) Status {
	drills := map[journal.Date]int{}
	for _, d := range drillDays {
		drills[d]++
	}
	return StatusOfCounts(followUpDays, drills, today, lastReview, anyInterview)
}

// StatusOfCounts is StatusOf with the drills counted by day, as the store
// counts them.
func StatusOfCounts(followUpDays []journal.Date, drills map[journal.Date]int, today, lastReview journal.Date, anyInterview bool) Status {
	s := Status{FollowUps: map[journal.Date]int{}, Drills: map[journal.Date]int{}}
	// Whatever is due by today is counted on today: the file then holds
	// one line for all of it and one for each day ahead, so that a prompt
	// reads a few lines however long the journal's history.
	for _, d := range followUpDays {
		s.FollowUps[laterOf(d, today)]++
	}
	for d, n := range drills {
		s.Drills[laterOf(d, today)] += n
	}
	switch {
	case !lastReview.IsZero():
		s.ReviewFrom = lastReview.AddDays(journal.ReviewEvery)
	case anyInterview:
		s.ReviewFrom = today
	}
	return s
}

func laterOf(a, b journal.Date) journal.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// Encode writes the status as the file holds it: a header, then one line
// per day and kind, in order.
func (s Status) Encode() []byte {
	var b bytes.Buffer
	b.WriteString(statusfile.Header + "\n")
	for _, kind := range []struct {
		name   string
		counts map[journal.Date]int
	}{{statusfile.FollowUps, s.FollowUps}, {statusfile.Drills, s.Drills}} {
		days := make([]journal.Date, 0, len(kind.counts))
		for d := range kind.counts {
			days = append(days, d)
		}
		slices.SortFunc(days, journal.Date.Compare)
		for _, d := range days {
			fmt.Fprintf(&b, "%s %s %d\n", kind.name, d, kind.counts[d])
		}
	}
	if !s.ReviewFrom.IsZero() {
		fmt.Fprintf(&b, "%s %s\n", statusfile.Review, s.ReviewFrom)
	}
	return b.Bytes()
}

// ErrNoStatus means there is no status file yet.
var ErrNoStatus = errors.New("no status file")

// ReadStatus reads the status file at path. A missing file is ErrNoStatus;
// a file that is not a status file is an error, never a guess.
func ReadStatus(path string) (Status, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Status{}, ErrNoStatus
	}
	if err != nil {
		return Status{}, err
	}
	return DecodeStatus(data)
}

// DecodeStatus reads a status file's text (see statusfile.Parse).
func DecodeStatus(data []byte) (Status, error) {
	c, err := statusfile.Parse(data)
	if err != nil {
		return Status{}, err
	}
	s := Status{FollowUps: map[journal.Date]int{}, Drills: map[journal.Date]int{}}
	for _, kind := range []struct {
		from map[string]int
		to   map[journal.Date]int
	}{{c.FollowUps, s.FollowUps}, {c.Drills, s.Drills}} {
		for day, n := range kind.from {
			d, err := journal.ParseDate(day)
			if err != nil {
				return Status{}, err
			}
			kind.to[d] += n
		}
	}
	if c.ReviewFrom != "" {
		if s.ReviewFrom, err = journal.ParseDate(c.ReviewFrom); err != nil {
			return Status{}, err
		}
	}
	return s, nil
}

// WriteStatus writes the status file at path whole or not at all: into a
// temporary file beside it, readable by the user only, renamed into place.
// The folder is created private when missing.
func WriteStatus(path string, s Status) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".status-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(s.Encode())
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
