package store

import (
	"encoding/binary"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
)

// summaryFormat is the first byte of a summary in the compact form. Home and
// the lists decode every summary each time they open, and JSON made that
// the largest cost of opening a big journal; this form decodes about twenty
// times faster. JSON values start with '{', so the first byte tells the two
// apart, and a higher byte means a newer debrief wrote the summary.
const summaryFormat byte = 1

// encodeSummary returns the compact form of sm: the format byte, then the
// ID, the date, the texts, the ratings and the tags, each text as its
// length and its bytes.
func encodeSummary(sm journal.Summary) []byte {
	b := make([]byte, 0, 32+len(sm.Company)+len(sm.Role)+len(sm.Stage)+len(sm.Status)+8*len(sm.Tags))
	b = append(b, summaryFormat)
	b = binary.AppendUvarint(b, sm.ID)
	if sm.Date.IsZero() {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendVarint(b, int64(sm.Date.Year()))
		b = append(b, byte(sm.Date.Month()), byte(sm.Date.Day()))
	}
	for _, s := range []string{sm.Company, sm.Role, string(sm.Stage), string(sm.Status)} {
		b = appendText(b, s)
	}
	b = binary.AppendVarint(b, int64(sm.MoodAfter))
	b = binary.AppendVarint(b, int64(sm.Authenticity))
	b = binary.AppendUvarint(b, uint64(len(sm.Tags)))
	for _, t := range sm.Tags {
		b = appendText(b, t)
	}
	return b
}

func appendText(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decodeSummary reads a summary in either form into sm: the compact one, or
// the JSON of journals written before it (still met in a journal opened
// read-only, which is never migrated). what names the summary in an error;
// it is a function so that reading thousands of sound summaries formats no
// names.
func decodeSummary(data []byte, sm *journal.Summary, what func() string) error {
	switch {
	case len(data) == 0:
		return corruptf(nil, "%s is damaged (empty)", what())
	case data[0] == '{':
		return decodeJSON(data, sm, what())
	case data[0] > summaryFormat:
		return &journal.Error{Code: journal.ENewer, Message: fmt.Sprintf("%s was written by a newer debrief (record version %d; this one reads up to %d). Update debrief to read it.", what(), data[0], summaryFormat)}
	case data[0] != summaryFormat:
		return corruptf(nil, "%s is damaged (unknown format)", what())
	}
	// One copy out of the database's memory; every text of the summary
	// then shares it.
	r := summaryReader{s: string(data[1:])}
	out := journal.Summary{ID: r.uvarint()}
	if r.byte() == 1 {
		y := r.varint()
		m, d := r.byte(), r.byte()
		out.Date = journal.NewDate(int(y), time.Month(m), int(d))
		// A day that does not exist is damage; read as is, it would come
		// back as another day. Years are read as far as the interview's
		// own YYYY-MM-DD can go, so that the summary reads whenever its
		// interview does: a year outside journal.FirstYear to LastYear,
		// which saving and importing refuse, is a broken rule that check
		// names on the interview, not damage that hides it from the list.
		if y < 0 || y > 9999 || out.Date.Year() != int(y) || out.Date.Month() != time.Month(m) || out.Date.Day() != int(d) {
			r.bad = true
		}
	}
	out.Company, out.Role = r.text(), r.text()
	out.Stage, out.Status = journal.Stage(r.text()), journal.Status(r.text())
	out.MoodAfter, out.Authenticity = journal.Rating(r.varint()), journal.Rating(r.varint())
	if !out.MoodAfter.Valid() || !out.Authenticity.Valid() {
		r.bad = true
	}
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.s)) {
		out.Tags = make([]string, n)
		for i := range out.Tags {
			out.Tags[i] = r.text()
		}
	} else if n > 0 {
		r.bad = true
	}
	if r.bad || len(r.s) != 0 {
		return corruptf(nil, "%s is damaged and cannot be read", what())
	}
	*sm = out
	return nil
}

// summaryReader takes the parts of a compact summary off the front of s,
// setting bad (and returning zero values) once the bytes run out or make no
// sense.
type summaryReader struct {
	s   string
	bad bool
}

func (r *summaryReader) byte() byte {
	if r.bad || len(r.s) == 0 {
		r.bad = true
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *summaryReader) uvarint() uint64 {
	var v uint64
	for i := 0; !r.bad && i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.bad = true
	return 0
}

func (r *summaryReader) varint() int64 {
	u := r.uvarint()
	// Zig-zag, as binary.AppendVarint writes it.
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (r *summaryReader) text() string {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.s)) {
		r.bad = true
		return ""
	}
	t := r.s[:n]
	r.s = r.s[n:]
	if !utf8.ValidString(t) {
		r.bad = true
		return ""
	}
	return t
}
