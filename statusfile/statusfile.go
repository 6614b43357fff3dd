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
// The file holds dates and counts only, never the user's words: how many
// follow-ups need the user from one day through another (after which they
// are stale), how many practice cards fall due on a day, and the day the
// weekly review is due from. It gives the days themselves rather than
// counts for the day it was written, so that a prompt read weeks after the
// last write, or in a time zone a day away from the writer's, counts what
// is due on its own day:
//
//	debrief-status 2
//	followups 2026-03-14 2026-04-14 2
//	drills 2026-03-15 1
//	review 2026-03-20
//
// A file of version 1, whose follow-up lines have one day and no end, is
// still read.
package statusfile

import (
	"errors"
	"hash/fnv"
	"io"
	"os"
	"strconv"
	"syscall"

	"github.com/debrief-journal/debrief/dirs"
)

// Header opens every status file, so a file of another kind or a later
// version is never read as one.
const Header = "debrief-status 2"

// headerV1 opens the files of the first version.
const headerV1 = "debrief-status 1"

// maxCount bounds the sum of a file's counts, so that no sum overflows
// and every file read writes back the same.
const maxCount = 1<<31 - 1

// The kinds of line after the header: follow-ups counted by the days they
// need the user, practice cards by the day they fall due, and the day the
// weekly review is due from.
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
	// lastDay ends a span that has no end.
	lastDay = "2200-12-31"
)

// Span is the days, as YYYY-MM-DD text, on which follow-ups need the user:
// From through Until, with no end when Until is "".
type Span struct{ From, Until string }

// Counts is what a status file says, with each day as YYYY-MM-DD text.
type Counts struct {
	// FollowUps counts follow-ups by the days they need the user.
	FollowUps map[Span]int
	// Drills counts practice cards by the day they are due.
	Drills map[string]int
	// ReviewFrom is the day the weekly review is due from; "" for none.
	ReviewFrom string
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
	n, err := DueOf(data, today)
	if err != nil {
		return 0
	}
	return n
}

// DueOf returns how many things a status file's text says are due on
// today (YYYY-MM-DD): follow-ups whose days hold it, cards due by then, and
// the review once its day has come. It counts as it reads and keeps
// nothing, since a prompt runs at every line the shell draws.
func DueOf(data []byte, today string) (int, error) {
	n := 0
	err := scan(data, func(e entry) {
		if e.holds(today) {
			n += e.n
		}
	})
	return n, err
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
	// Writers rename a whole new file into place, so the one open here
	// keeps its size.
	data := make([]byte, info.Size())
	_, err = io.ReadFull(f, data)
	return data, err
}
