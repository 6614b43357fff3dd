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
const analysisFormat byte = 1

// analysisRecord is the value stored in the analysis index: an interview
// holding only what pattern analysis reads (analysisCopy). encode and
// decode (codec.go) recognise it by its type.
type analysisRecord struct{ iv *journal.Interview }

// encodeAnalysis returns the compact form of an analysis copy: the format
// byte, then its fields in a fixed order, each number as a varint and each
// text as its length and its bytes.
func encodeAnalysis(iv *journal.Interview) []byte {
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

// appendDate appends a day: 0 for none, or 1 and the year, month and day.
func appendDate(b []byte, d journal.Date) []byte {
	if d.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, int64(d.Year()))
	return append(b, byte(d.Month()), byte(d.Day()))
}

// appendTexts appends a count and that many texts.
func appendTexts(b []byte, ts []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ts)))
	for _, t := range ts {
		b = appendText(b, t)
	}
	return b
}

// decodeAnalysis reads an analysis record. what names it in an error.
func decodeAnalysis(data []byte, rec *analysisRecord, what func() string) error {
	switch {
	case len(data) == 0:
		return corruptf(nil, "%s is damaged (empty)", what())
	case data[0] > analysisFormat:
		return &journal.Error{Code: journal.ENewer, Message: fmt.Sprintf("%s was written by a newer debrief (record version %d; this one reads up to %d). Update debrief to read it.", what(), data[0], analysisFormat)}
	case data[0] != analysisFormat:
		return corruptf(nil, "%s is damaged (unknown format)", what())
	}
	// One copy out of the database's memory; every text shares it.
	r := analysisReader{summaryReader{s: string(data[1:])}}
	iv := &journal.Interview{ID: r.uvarint()}
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
		iv.Curveballs = make([]journal.Curveball, n)
		for i := range iv.Curveballs {
			cb := &iv.Curveballs[i]
			cb.Question, cb.Answer, cb.BetterAnswer = r.text(), r.text(), r.text()
			cb.Tags = r.texts()
		}
	}
	iv.Lessons, iv.FeedbackLessons = r.texts(), r.texts()
	if n := r.count(); n > 0 {
		iv.FollowUps = make([]journal.FollowUp, n)
		for i := range iv.FollowUps {
			f := &iv.FollowUps[i]
			f.ID, f.Kind, f.Status = r.text(), journal.FollowUpKind(r.text()), journal.FollowUpStatus(r.text())
			f.Due, f.DoneAt, f.SnoozedUntil = r.date(), r.date(), r.date()
			f.Note, f.Message = r.text(), r.text()
		}
	}
	if n := r.count(); n > 0 {
		iv.Feedback = make([]journal.Feedback, n)
		for i := range iv.Feedback {
			f := &iv.Feedback[i]
			f.Date = r.date()
			f.From, f.Text = r.text(), r.text()
		}
	}
	if r.bad || len(r.s) != 0 {
		return corruptf(nil, "%s is damaged and cannot be read", what())
	}
	rec.iv = iv
	return nil
}

// analysisReader adds to summaryReader the parts only analysis records have.
type analysisReader struct{ summaryReader }

// date reads a day written by appendDate.
func (r *analysisReader) date() journal.Date {
	switch r.byte() {
	case 0:
		return journal.Date{}
	case 1:
	default:
		r.bad = true
		return journal.Date{}
	}
	y := r.varint()
	m, d := r.byte(), r.byte()
	day := journal.NewDate(int(y), time.Month(m), int(d))
	if y < 0 || y > 9999 || day.Year() != int(y) || day.Month() != time.Month(m) || day.Day() != int(d) {
		r.bad = true
	}
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
	out := make([]string, n)
	for i := range out {
		out[i] = r.text()
	}
	return out
}

// decodeAnalysisRecord reads the analysis record stored under key, as
// codec.decode does, but names the record only when it is damaged: the
// name, formatted for every one of thousands of records, cost more than a
// tenth of reading them.
func (c codec) decodeAnalysisRecord(key, data []byte, rec *analysisRecord) error {
	what := func() string { return analysisRecordName(key) }
	if c.sealed && c.sealer != nil {
		payload, ok, sc := c.sealer.openBorrowed(bucketAnalysis, key, data)
		defer sc.release()
		if !ok {
			return damagedSeal(what())
		}
		return decodeAnalysis(payload, rec, what)
	}
	payload, err := c.open(bucketAnalysis, key, data, what)
	if err != nil {
		return err
	}
	return decodeAnalysis(payload, rec, what)
}
