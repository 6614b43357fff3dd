// Package statusfile keeps the small file that lets a shell prompt say how
// much is due without opening the journal, and answers
// 'debrief status --prompt' from it.
//
// A prompt runs the command every time the shell draws a line, so the
// answer is given as the program starts (see prompt.go), before the
// libraries the rest of debrief needs have been set up. That is why this
// package, like package dirs, imports only what the Go runtime sets up
// first: not strings or bufio, nor package journal, so dates are handled
// here as the YYYY-MM-DD text the file holds.
//
// The file holds dates and counts only, never the user's words:
//
//	debrief-status 1
//	followups 2026-03-14 2
//	drills 2026-03-15 1
//	review 2026-03-20
package statusfile

import (
	"bytes"
	"errors"
	"hash/fnv"
	"io"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/debrief-journal/debrief/dirs"
)

// Header opens every status file, so a file of another kind or a later
// version is never read as one.
const Header = "debrief-status 1"

// The kinds of line after the header: follow-ups and practice cards counted
// by the day they fall due, and the day the weekly review is due from.
const (
	FollowUps = "followups"
	Drills    = "drills"
	Review    = "review"
)

// The years a day in the file may fall in: those the journal keeps
// (journal.FirstYear to journal.LastYear), so that every day read here
// reads as a journal date too.
const (
	firstYear = 1900
	lastYear  = 2200
)

// Counts is what a status file says, with each day as YYYY-MM-DD text.
type Counts struct {
	// FollowUps counts follow-ups by the day they need the user.
	FollowUps map[string]int
	// Drills counts practice cards by the day they are due.
	Drills map[string]int
	// ReviewFrom is the day the weekly review is due from; "" for none.
	ReviewFrom string
}

// Due returns how many things are due on today (YYYY-MM-DD): follow-ups
// and cards due by then, and the review once its day has come. Days in
// this form compare as text in the order of the calendar.
func (c Counts) Due(today string) int {
	n := 0
	for _, counts := range []map[string]int{c.FollowUps, c.Drills} {
		for day, k := range counts {
			if day <= today {
				n += k
			}
		}
	}
	if c.ReviewFrom != "" && c.ReviewFrom <= today {
		n++
	}
	return n
}

// Parse reads a status file's text. Anything but a header and lines of the
// kinds above, each with a valid day and a count of zero or more, is an
// error, never a guess.
func Parse(data []byte) (Counts, error) {
	c := Counts{FollowUps: map[string]int{}, Drills: map[string]int{}}
	lines := textLines(data)
	if len(lines) == 0 || string(lines[0]) != Header {
		return Counts{}, errors.New("not a debrief status file")
	}
	for i, text := range lines[1:] {
		f := bytes.Fields(text)
		if len(f) < 2 || !validDay(string(f[1])) {
			return Counts{}, lineError(i + 2)
		}
		kind, day := string(f[0]), string(f[1])
		switch {
		case kind == Review && len(f) == 2:
			c.ReviewFrom = day
		case (kind == FollowUps || kind == Drills) && len(f) == 3:
			n, err := strconv.Atoi(string(f[2]))
			if err != nil || n < 0 {
				return Counts{}, lineError(i + 2)
			}
			if kind == FollowUps {
				c.FollowUps[day] += n
			} else {
				c.Drills[day] += n
			}
		default:
			return Counts{}, lineError(i + 2)
		}
	}
	return c, nil
}

// textLines splits text into lines, each without its line break ("\n" or
// "\r\n"); a break at the end does not begin another line.
func textLines(text []byte) [][]byte {
	lines := bytes.Split(text, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(l, []byte("\r"))
	}
	return lines
}

func lineError(line int) error {
	return errors.New("line " + strconv.Itoa(line) + " of the status file is not understood")
}

// validDay reports whether s is a YYYY-MM-DD day of the years kept.
func validDay(s string) bool {
	t, err := time.Parse(time.DateOnly, s)
	return err == nil && t.Year() >= firstYear && t.Year() <= lastYear
}

// Path returns the status file of the journal at journalPath, in debrief's
// state folder stateDir: one file per journal, named after a hash of its
// absolute path.
func Path(stateDir, journalPath string) string {
	if abs, err := dirs.Abs(journalPath); err == nil {
		journalPath = abs
	}
	h := fnv.New64a()
	h.Write([]byte(journalPath))
	hex := strconv.FormatUint(h.Sum64(), 16)
	return dirs.Join(stateDir, "status-"+"0000000000000000"[len(hex):]+hex)
}

// DueIn returns how many things are due on today by the status file of the
// journal at journalPath, kept in stateDir: 0 when there is no state
// folder, no file yet, or a file that cannot be read, since a prompt must
// never fail.
func DueIn(stateDir, journalPath, today string) int {
	if stateDir == "" {
		return 0
	}
	data, err := readSmall(Path(stateDir, journalPath))
	if err != nil {
		return 0
	}
	c, err := Parse(data)
	if err != nil {
		return 0
	}
	return c.Due(today)
}

// maxSize bounds a status file: two lines for every day of the years kept
// come to about 6 MB, and a status file has far fewer.
const maxSize = 8 << 20

// readSmall reads the regular file at path, of at most maxSize bytes. A
// prompt must never wait: whatever else stands at the path (a pipe, a
// device, a link to a huge file) is refused without reading it, and the
// file is opened without waiting for a writer.
func readSmall(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > maxSize {
		return nil, errors.New("not a status file")
	}
	return io.ReadAll(io.LimitReader(f, maxSize))
}
