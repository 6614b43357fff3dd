package store

import (
	"encoding/binary"
	"fmt"
	"strings"
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
	iv, err := d.record(data, what)
	if err != nil {
		return err
	}
	rec.iv = iv
	return nil
}

// checkAnalysisFormat refuses a record that is empty, from a newer
// debrief or of no known format.
func checkAnalysisFormat(data []byte, what func() string) error {
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
// on one goroutine, taking their interviews, lists and texts from shared
// blocks (see slab and analysisReader.text) instead of allocating each: a
// large journal has tens of thousands of records, and their memory was
// most of the cost of reading them.
type analysisDecoder struct {
	ivs       slab[journal.Interview]
	curveball slab[journal.Curveball]
	texts     slab[string]
	followUps slab[journal.FollowUp]
	feedback  slab[journal.Feedback]
	// days holds the days read so far by their packed form: a journal
	// has few distinct days and many records.
	days map[uint64]journal.Date
	// words holds the short texts read so far (stages, kinds, companies,
	// tags, most lessons), each kept once however often it is written.
	words map[string]string
	// long gathers the copies of a record's longer texts; pending says
	// where each goes once the record is read (see flush).
	long    *strings.Builder
	pending []pendingText
	// known receives the classes of current records; nil skips them.
	known *knownTexts
	// stale counts the records whose classes were made by another
	// version of the classifier (or were never made).
	stale int
	// forPatterns leaves out what the pattern analysis does not read
	// (see Store.PatternsJournal).
	forPatterns bool
	scratch     []journal.FollowUp
}

// pendingText is a long text to copy into *dst: bytes start to end of the
// decoder's long texts.
type pendingText struct {
	dst        *string
	start, end int
}

// Reading long texts into blocks of this size keeps them to a few
// allocations; a shorter text is kept once in words.
const (
	longTextBlock = 256 << 10
	shortText     = 24
)

// record reads the record data, which need only last until it returns:
// every text is copied. what names it in an error.
func (d *analysisDecoder) record(data []byte, what func() string) (*journal.Interview, error) {
	if err := checkAnalysisFormat(data, what); err != nil {
		return nil, err
	}
	r := analysisReader{b: data[1:], d: d}
	iv := d.ivs.one()
	iv.ID = r.uvarint()
	iv.Date = r.date()
	if r.byte() == 1 {
		iv.CreatedAt = time.Unix(0, r.varint())
	}
	r.text(&iv.Company)
	r.text(&iv.Role)
	iv.Stage, iv.Outcome.Status = journal.Stage(r.word()), journal.Status(r.word())
	iv.Outcome.Date = r.date()
	if d.forPatterns {
		r.skipTexts()
	} else {
		iv.Tags = r.texts()
	}
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
			r.text(&cb.Question)
			r.text(&cb.Answer)
			r.text(&cb.BetterAnswer)
			cb.Tags = r.texts()
		}
	}
	iv.Lessons, iv.FeedbackLessons = r.texts(), r.texts()
	r.followUps(iv)
	if n := r.count(); n > 0 {
		iv.Feedback = d.feedback.take(n)
		for i := range iv.Feedback {
			f := &iv.Feedback[i]
			f.Date = r.date()
			if d.forPatterns {
				r.skipText()
				r.skipText()
			} else {
				r.text(&f.From)
				r.text(&f.Text)
			}
		}
	}
	d.flush()
	r.classes(iv)
	d.flush()
	if r.bad || len(r.b) != 0 {
		d.pending = d.pending[:0]
		return nil, corruptf(nil, "%s is damaged and cannot be read", what())
	}
	return iv, nil
}

// followUps reads the follow-up records of iv. For the patterns, only
// those of the kinds they count are kept, without notes or messages.
func (r *analysisReader) followUps(iv *journal.Interview) {
	n := r.count()
	if n == 0 {
		return
	}
	if !r.d.forPatterns {
		iv.FollowUps = r.d.followUps.take(n)
		for i := range iv.FollowUps {
			f := &iv.FollowUps[i]
			r.text(&f.ID)
			f.Kind, f.Status = journal.FollowUpKind(r.word()), journal.FollowUpStatus(r.word())
			f.Due, f.DoneAt, f.SnoozedUntil = r.date(), r.date(), r.date()
			r.text(&f.Note)
			r.text(&f.Message)
		}
		return
	}
	// Only a few are kept: they are read first into the decoder's scratch.
	kept := r.d.scratch[:0]
	for range n {
		var f journal.FollowUp
		f.ID = r.word()
		f.Kind, f.Status = journal.FollowUpKind(r.word()), journal.FollowUpStatus(r.word())
		f.Due, f.DoneAt, f.SnoozedUntil = r.date(), r.date(), r.date()
		r.skipText()
		r.skipText()
		if patternsCount(&f) {
			kept = append(kept, f)
		}
	}
	r.d.scratch = kept
	if len(kept) > 0 {
		iv.FollowUps = r.d.followUps.take(len(kept))
		copy(iv.FollowUps, kept)
	}
}

// patternsCount reports whether the pattern analysis reads a follow-up
// record: one of the thank-you note, the feedback request and the
// recruiter's feedback (follow-through), or one whose kind is not known.
func patternsCount(f *journal.FollowUp) bool {
	switch f.Kind {
	case journal.FollowUpThankYou, journal.FollowUpFeedbackRequest, journal.FollowUpRecruiterFeedback, "":
		return true
	}
	return false
}

// flush copies the record's long texts where they go.
func (d *analysisDecoder) flush() {
	if len(d.pending) == 0 {
		return
	}
	all := d.long.String()
	for _, p := range d.pending {
		*p.dst = all[p.start:p.end]
	}
	d.pending = d.pending[:0]
}
