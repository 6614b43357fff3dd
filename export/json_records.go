package export

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// readInterview reads the i-th interview of the file, checks it against the
// domain's rules and keeps it.
func (dr *docReader) readInterview(i int) error {
	place := "interviews[" + strconv.Itoa(i) + "]"
	var iv journal.Interview
	start, err := dr.readRecord(place, &iv)
	if err != nil {
		return err
	}
	label := fmt.Sprintf("%s (id %d, %s)", place, iv.ID, clip(iv.Title()))
	if iv.ID == 0 {
		return dr.failAt(start, place, "the id is missing; every interview needs one above 0")
	}
	if first, ok := dr.interviewIDs[iv.ID]; ok {
		return dr.failAt(start, label, "id %d is already used by interviews[%d]", iv.ID, first)
	}
	dr.interviewIDs[iv.ID] = i
	if at, name := zeroRating(dr.raw); name != "" {
		return dr.failAt(start+at, label, "%s: 0 is not a rating; a rating is 1 to 5, and a field left out means not rated", name)
	}
	if err := iv.Validate(); err != nil {
		return dr.ruleBroken(start, label, err)
	}
	dr.addInterview(iv)
	return nil
}

// readReview reads the i-th weekly review of the file, checks it and keeps it.
func (dr *docReader) readReview(i int) error {
	place := "reviews[" + strconv.Itoa(i) + "]"
	var r journal.Review
	start, err := dr.readRecord(place, &r)
	if err != nil {
		return err
	}
	label := fmt.Sprintf("%s (id %d)", place, r.ID)
	if !r.WeekOf.IsZero() {
		label = fmt.Sprintf("%s (id %d, week of %s)", place, r.ID, r.WeekOf)
	}
	if r.ID == 0 {
		return dr.failAt(start, place, "the id is missing; every review needs one above 0")
	}
	if first, ok := dr.reviewIDs[r.ID]; ok {
		return dr.failAt(start, label, "id %d is already used by reviews[%d]", r.ID, first)
	}
	dr.reviewIDs[r.ID] = i
	if err := r.Validate(); err != nil {
		return dr.ruleBroken(start, label, err)
	}
	dr.doc.Reviews = append(dr.doc.Reviews, r)
	return nil
}

// ruleBroken reports a domain rule that the record read last, which starts
// at start, breaks: placed at the field the rule is about when the rule
// names one, and at the record's start otherwise.
func (dr *docReader) ruleBroken(start int64, label string, err error) error {
	at := start
	if path := journal.FieldPath(err); path != "" {
		at += locateField(dr.raw, path)
	}
	return dr.failAt(at, label, "%s", journal.ErrorMessage(err))
}

// interviewChunkSize is how many interviews one chunk holds while reading.
const interviewChunkSize = 1024

func (dr *docReader) addInterview(iv journal.Interview) {
	n := len(dr.interviewChunks)
	if n == 0 || len(dr.interviewChunks[n-1]) == interviewChunkSize {
		dr.interviewChunks = append(dr.interviewChunks, make([]journal.Interview, 0, interviewChunkSize))
		n++
	}
	dr.interviewChunks[n-1] = append(dr.interviewChunks[n-1], iv)
}

// joinChunks returns the chunks as one slice, allocated once.
func joinChunks[T any](chunks [][]T) []T {
	if len(chunks) == 0 {
		return nil
	}
	return slices.Concat(chunks...)
}

// readRecord reads the next array element into v, checking it for
// everything the decoder would otherwise accept by changing it.
func (dr *docReader) readRecord(place string, v any) (int64, error) {
	raw, start, err := dr.nextRecord()
	if err != nil {
		return start, err
	}
	if bytes.Equal(raw, []byte("null")) {
		return start, dr.failAt(start, place, "expected an object, found null")
	}
	if f := lintRecord(raw); f != nil {
		return start, dr.failAt(start+int64(f.off), place+f.path, "%s", f.msg)
	}
	dr.recordInput.Reset(raw)
	if err := dr.record.Decode(v); err != nil {
		f := locateTypeFault(raw, reflect.TypeOf(v).Elem())
		if f == nil {
			return start, dr.failAt(start, place, "this record could not be read")
		}
		return start, dr.failAt(start+f.off, place+f.path, "%s", f.msg)
	}
	return start, nil
}
