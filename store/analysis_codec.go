package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// analysisFormat is the first byte of an analysis record (see
// analysis_index.go). Like a compact summary, a record is bytes read by
// hand rather than JSON, because patterns read every record on every run;
// a higher byte means a newer debrief wrote it.
const analysisFormat byte = 2

// analysisRecord is the value stored in the analysis index: an interview
// holding only what pattern analysis reads (analysisCopy), then what the
// classifier made of its questions, tags and lessons (analysis_classes.go).
// encode and decode (codec.go) recognise it by its type. Decoding fills
// known with the classes when it is not nil.
type analysisRecord struct {
	iv    *journal.Interview
	known *knownTexts
}

// encodeAnalysis returns the compact form of an analysis copy with the
// classes of its texts as the classifier makes them now.
func encodeAnalysis(iv *journal.Interview) []byte {
	return appendClasses(encodeAnalysisInterview(iv), iv)
}

// encodeAnalysisInterview returns the compact form of an analysis copy
// without its classes: the format byte, then its fields in a fixed order,
// each number as a varint, each day as packDate and each text as its
// length and its bytes.
func encodeAnalysisInterview(iv *journal.Interview) []byte {
	b := make([]byte, 0, 256)
	b = append(b, analysisFormat)
	b = binary.AppendUvarint(b, iv.ID)
	b = appendDate(b, iv.Date)
	if iv.CreatedAt.IsZero() {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendVarint(b, iv.CreatedAt.UnixNano())
	}
	for _, s := range []string{iv.Company, iv.Role, string(iv.Stage), string(iv.Outcome.Status)} {
		b = appendText(b, s)
	}
	b = appendDate(b, iv.Outcome.Date)
	b = appendTexts(b, iv.Tags)
	for _, r := range []journal.Rating{iv.MoodBefore, iv.MoodAfter, iv.Authenticity, iv.Nerves} {
		b = binary.AppendVarint(b, int64(r))
	}
	b = binary.AppendUvarint(b, uint64(len(iv.Curveballs)))
	for _, cb := range iv.Curveballs {
		b = appendText(appendText(appendText(b, cb.Question), cb.Answer), cb.BetterAnswer)
		b = appendTexts(b, cb.Tags)
	}
	b = appendTexts(b, iv.Lessons)
	b = appendTexts(b, iv.FeedbackLessons)
	b = binary.AppendUvarint(b, uint64(len(iv.FollowUps)))
	for _, f := range iv.FollowUps {
		b = appendText(appendText(appendText(b, f.ID), string(f.Kind)), string(f.Status))
		b = appendDate(appendDate(appendDate(b, f.Due), f.DoneAt), f.SnoozedUntil)
		b = appendText(appendText(b, f.Note), f.Message)
	}
	b = binary.AppendUvarint(b, uint64(len(iv.Feedback)))
	for _, f := range iv.Feedback {
		b = appendText(appendText(appendDate(b, f.Date), f.From), f.Text)
	}
	return b
}

// appendDate appends a day as one varint: 0 for none, else packDate.
func appendDate(b []byte, d journal.Date) []byte {
	if d.IsZero() {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, packDate(d.Year(), int(d.Month()), d.Day()))
}

// packDate packs a day into one number, never 0 since a month is at
// least 1: the year, then four bits of month and five of day.
func packDate(y, m, d int) uint64 { return uint64(y)<<9 | uint64(m)<<5 | uint64(d) }

// appendTexts appends a count and that many texts.
func appendTexts(b []byte, ts []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ts)))
	for _, t := range ts {
		b = appendText(b, t)
	}
	return b
}

// decodeAnalysis reads one analysis record, its classes into rec.known
// when that is not nil. what names it in an error.
func decodeAnalysis(data []byte, rec *analysisRecord, what func() string) error {
	var d analysisDecoder
	d.known = rec.known
	iv, err := d.record(string(data), what)
	if err != nil {
		return err
	}
	rec.iv = iv
	return nil
}

// checkAnalysisFormat refuses a record that is empty, from a newer
// debrief or of no known format.
func checkAnalysisFormat(data string, what func() string) error {
	switch {
	case len(data) == 0:
		return corruptf(nil, "%s is damaged (empty)", what())
	case data[0] > analysisFormat:
		return &journal.Error{Code: journal.ENewer, Message: fmt.Sprintf("%s was written by a newer debrief (record version %d; this one reads up to %d). Update debrief to read it.", what(), data[0], analysisFormat)}
	case data[0] != analysisFormat:
		return corruptf(nil, "%s is damaged (unknown format)", what())
	}
	return nil
}

// analysisDecoder reads analysis records. One decoder reads many records
// on one goroutine, taking their interviews, lists and days from shared
// blocks (see slab) instead of allocating each: a large journal has tens
// of thousands of records, and their allocations were most of the cost.
type analysisDecoder struct {
	ivs       slab[journal.Interview]
	curveball slab[journal.Curveball]
	texts     slab[string]
	followUps slab[journal.FollowUp]
	feedback  slab[journal.Feedback]
	// days holds the days read so far by their packed form: a journal
	// has few distinct days and many records.
	days map[uint64]journal.Date
	// known receives the classes of current records; nil skips them.
	known *knownTexts
	// stale counts the records whose classes were made by another
	// version of the classifier (or were never made).
	stale int
}

// record reads the record s; every text of the interview is a part of s.
// what names it in an error.
func (d *analysisDecoder) record(s string, what func() string) (*journal.Interview, error) {
	if err := checkAnalysisFormat(s, what); err != nil {
		return nil, err
	}
	r := analysisReader{summaryReader: summaryReader{s: s[1:]}, d: d}
	iv := d.ivs.one()
	iv.ID = r.uvarint()
	iv.Date = r.date()
	if r.byte() == 1 {
		iv.CreatedAt = time.Unix(0, r.varint())
	}
	iv.Company, iv.Role = r.text(), r.text()
	iv.Stage, iv.Outcome.Status = journal.Stage(r.text()), journal.Status(r.text())
	iv.Outcome.Date = r.date()
	iv.Tags = r.texts()
	for _, p := range []*journal.Rating{&iv.MoodBefore, &iv.MoodAfter, &iv.Authenticity, &iv.Nerves} {
		*p = journal.Rating(r.varint())
		if !p.Valid() {
			r.bad = true
		}
	}
	if n := r.count(); n > 0 {
		iv.Curveballs = d.curveball.take(n)
		for i := range iv.Curveballs {
			cb := &iv.Curveballs[i]
			cb.Question, cb.Answer, cb.BetterAnswer = r.text(), r.text(), r.text()
			cb.Tags = r.texts()
		}
	}
	iv.Lessons, iv.FeedbackLessons = r.texts(), r.texts()
	if n := r.count(); n > 0 {
		iv.FollowUps = d.followUps.take(n)
		for i := range iv.FollowUps {
			f := &iv.FollowUps[i]
			f.ID, f.Kind, f.Status = r.text(), journal.FollowUpKind(r.text()), journal.FollowUpStatus(r.text())
			f.Due, f.DoneAt, f.SnoozedUntil = r.date(), r.date(), r.date()
			f.Note, f.Message = r.text(), r.text()
		}
	}
	if n := r.count(); n > 0 {
		iv.Feedback = d.feedback.take(n)
		for i := range iv.Feedback {
			f := &iv.Feedback[i]
			f.Date = r.date()
			f.From, f.Text = r.text(), r.text()
		}
	}
	r.classes(iv)
	if r.bad || len(r.s) != 0 {
		return nil, corruptf(nil, "%s is damaged and cannot be read", what())
	}
	return iv, nil
}

// analysisReader adds to summaryReader the parts only analysis records have.
type analysisReader struct {
	summaryReader
	d *analysisDecoder
}

// date reads a day written by appendDate.
func (r *analysisReader) date() journal.Date {
	p := r.uvarint()
	if p == 0 || r.bad {
		return journal.Date{}
	}
	if day, ok := r.d.days[p]; ok {
		return day
	}
	y, m, d := int(p>>9), time.Month(p>>5&15), int(p&31)
	day := journal.NewDate(y, m, d)
	if y > 9999 || day.Year() != y || day.Month() != m || day.Day() != d {
		r.bad = true
		return journal.Date{}
	}
	if r.d.days == nil {
		r.d.days = make(map[uint64]journal.Date)
	}
	r.d.days[p] = day
	return day
}

// count reads a number of items, each at least one byte long.
func (r *analysisReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.bad = true
		return 0
	}
	return int(n)
}

// texts reads a count and that many texts; nil when there are none, as
// JSON decoding leaves an empty list.
func (r *analysisReader) texts() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := r.d.texts.take(n)
	for i := range out {
		out[i] = r.text()
	}
	return out
}

// slab hands out short slices of one large block, so that thousands of
// small lists cost a few allocations. Each slice is capped at its length:
// appending to one never writes into the next. A zero slab allocates each
// slice on its own until grow is set.
type slab[T any] struct {
	block []T
	grow  int // the size of a new block; 0 allocates each slice alone
}

// take returns a slice of n zero values.
func (s *slab[T]) take(n int) []T {
	if n > cap(s.block)-len(s.block) {
		if s.grow == 0 || n > s.grow/4 {
			return make([]T, n)
		}
		s.block = make([]T, 0, s.grow)
	}
	start := len(s.block)
	s.block = s.block[:start+n]
	return s.block[start : start+n : start+n]
}

// one returns a pointer to a new zero value.
func (s *slab[T]) one() *T { return &s.take(1)[0] }
