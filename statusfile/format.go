package statusfile

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"strconv"
)

// entry is one line of a status file after its header.
type entry struct {
	kind string
	// from is the line's day: the first a follow-up needs the user, the
	// day cards fall due, the day the review is due from.
	from []byte
	// until is the last day follow-ups need the user; nil for no end.
	until []byte
	n     int // 1 for the review
}

// holds reports whether the entry counts on today (YYYY-MM-DD). Days in
// this form compare as text in the order of the calendar.
func (e entry) holds(today string) bool {
	return string(e.from) <= today && (e.until == nil || today <= string(e.until))
}

// scan reads a status file's text and calls each for every line after the
// header, in order. Anything but a header and lines of the known kinds,
// each with valid days and counts, is an error, and then each may have
// been called for the lines before.
func scan(data []byte, each func(entry)) error {
	text, rest, _ := bytes.Cut(data, []byte("\n"))
	text = bytes.TrimSuffix(text, []byte("\r"))
	v1 := string(text) == headerV1
	if len(data) == 0 || (string(text) != Header && !v1) {
		return errors.New("not a debrief status file")
	}
	total, reviews := 0, 0
	for line := 2; len(rest) > 0; line++ {
		text, rest, _ = bytes.Cut(rest, []byte("\n"))
		var f [5][]byte
		nf := fields(bytes.TrimSuffix(text, []byte("\r")), &f)
		e, ok := entryOf(f[:nf], v1)
		if e.kind == Review {
			reviews++
		}
		// One review line at most, and counts that add up to no more than
		// maxCount, so that every file read can be written back the same.
		if total += e.n; !ok || total > maxCount || reviews > 1 {
			return errors.New("line " + strconv.Itoa(line) + " of the status file is not understood")
		}
		each(e)
	}
	return nil
}

// entryOf reads the fields of one line: "followups FROM UNTIL N" ("FROM N"
// in version 1), "drills DAY N", "review DAY".
func entryOf(f [][]byte, v1 bool) (entry, bool) {
	if len(f) < 2 || !validDay(f[1]) {
		return entry{}, false
	}
	e := entry{kind: string(f[0]), from: f[1], n: 1}
	ok := false
	switch {
	case e.kind == Review:
		ok = len(f) == 2
	case e.kind == Drills && len(f) == 3, e.kind == FollowUps && v1 && len(f) == 3:
		e.n, ok = count(f[2])
	case e.kind == FollowUps && !v1 && len(f) == 4:
		e.until = f[2]
		e.n, ok = count(f[3])
		ok = ok && validDay(e.until)
	}
	return e, ok
}

// fields splits a line at runs of spaces and tabs into f, and returns how
// many there are; a fifth stands for any beyond four.
func fields(line []byte, f *[5][]byte) int {
	n := 0
	for len(line) > 0 && n < len(f) {
		start := 0
		for start < len(line) && (line[start] == ' ' || line[start] == '\t') {
			start++
		}
		if start == len(line) {
			break
		}
		end := start
		for end < len(line) && line[end] != ' ' && line[end] != '\t' {
			end++
		}
		f[n], line = line[start:end], line[end:]
		n++
	}
	return n
}

// count reads a count: 0 to maxCount.
func count(field []byte) (int, bool) {
	n, err := strconv.Atoi(string(field))
	return n, err == nil && n >= 0 && n <= maxCount
}

// validDay reports whether day is a YYYY-MM-DD day of the years kept, as
// package journal reads one.
func validDay(day []byte) bool {
	if len(day) != 10 || day[4] != '-' || day[7] != '-' {
		return false
	}
	year, ok1 := digits(day[0:4])
	month, ok2 := digits(day[5:7])
	d, ok3 := digits(day[8:10])
	if !ok1 || !ok2 || !ok3 || year < firstYear || year > lastYear || month < 1 || month > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return d <= days
}

// digits reads a run of decimal digits.
func digits(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Parse reads a status file's text (see scan).
func Parse(data []byte) (Counts, error) {
	c := Counts{FollowUps: map[Span]int{}, Drills: map[string]int{}}
	err := scan(data, func(e entry) {
		switch e.kind {
		case Review:
			c.ReviewFrom = string(e.from)
		case Drills:
			c.Drills[string(e.from)] += e.n
		case FollowUps:
			c.FollowUps[Span{From: string(e.from), Until: string(e.until)}] += e.n
		}
	})
	if err != nil {
		return Counts{}, err
	}
	return c, nil
}

// Encode writes the counts as the file holds them: the header, then one
// line for each span of follow-ups and each day of cards, in order, and
// the review's day.
func (c Counts) Encode() []byte {
	var b bytes.Buffer
	b.WriteString(Header + "\n")
	spans := make([]Span, 0, len(c.FollowUps))
	for s := range c.FollowUps {
		spans = append(spans, s)
	}
	slices.SortFunc(spans, func(x, y Span) int {
		return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.Until, y.Until))
	})
	for _, s := range spans {
		until := s.Until
		if until == "" {
			until = lastDay
		}
		b.WriteString(FollowUps + " " + s.From + " " + until + " " + strconv.Itoa(c.FollowUps[s]) + "\n")
	}
	days := make([]string, 0, len(c.Drills))
	for d := range c.Drills {
		days = append(days, d)
	}
	slices.Sort(days)
	for _, d := range days {
		b.WriteString(Drills + " " + d + " " + strconv.Itoa(c.Drills[d]) + "\n")
	}
	if c.ReviewFrom != "" {
		b.WriteString(Review + " " + c.ReviewFrom + "\n")
	}
	return b.Bytes()
}
