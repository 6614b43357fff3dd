package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// MaxDocumentBytes is the largest interchange file ReadJSON accepts (1 GiB):
// far beyond any real journal, small enough to refuse a wrong file early.
const MaxDocumentBytes = 1 << 30

// ReadJSON reads an interchange document and checks all of it: JSON syntax,
// the format name and version, the type of every value, the text encoding,
// unique IDs and the domain rules of every interview and review. Any
// problem rejects the whole document with an *journal.Error (EInvalid)
// whose message starts with the line and column and names the record and
// field, such as
//
//	line 12, column 21: interviews[3].mood_after: expected a number, found text
//
// Fields this version does not know are refused, not ignored: importing a
// file from a newer debrief without them would silently lose data, and an
// exact round trip is this format's promise. A leading UTF-8 byte order mark
// is skipped. Columns count bytes.
func ReadJSON(r io.Reader) (*Document, error) {
	return readJSONLimited(r, MaxDocumentBytes)
}

func readJSONLimited(r io.Reader, limit int64) (*Document, error) {
	in := bufio.NewReader(r)
	if bom, _ := in.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = in.Discard(3)
	}
	lines := &lineTracker{r: &sizeLimiter{r: in, left: limit}}
	dr := &docReader{
		dec: json.NewDecoder(lines), lines: lines, limit: limit,
		interviewIDs: map[uint64]int{}, reviewIDs: map[uint64]int{},
		cardRefs: map[string]int{}, storyIDs: map[uint64]int{},
	}
	dr.record = json.NewDecoder(&dr.recordInput)
	dr.record.DisallowUnknownFields()
	if err := dr.readDocument(); err != nil {
		return nil, err
	}
	dr.doc.Interviews = joinChunks(dr.interviewChunks)
	if err := dr.cardsHaveInterviews(); err != nil {
		return nil, err
	}
	// A document without cards or stories (one of version 1) has none.
	if dr.doc.Cards == nil {
		dr.doc.Cards = []journal.Card{}
	}
	if dr.doc.Stories == nil {
		dr.doc.Stories = []journal.Story{}
	}
	return &dr.doc, nil
}

// docReader walks the top of the document with the decoder's tokens and
// reads each record whole, so memory holds the records read so far and one
// record's JSON, never the whole file.
type docReader struct {
	dec   *json.Decoder
	lines *lineTracker
	limit int64
	doc   Document
	raw   json.RawMessage // the record being read, reused

	// record decodes one record at a time from raw; one decoder serves
	// them all, so its buffer is not allocated again for every record.
	record      *json.Decoder
	recordInput bytes.Reader

	// Interviews are gathered in chunks and joined once at the end, because
	// growing one slice of large structs copies them over and over.
	interviewChunks [][]journal.Interview

	// The index of the record that holds each ID, to refuse duplicates.
	interviewIDs map[uint64]int
	reviewIDs    map[uint64]int
	cardRefs     map[string]int
	storyIDs     map[uint64]int
}

func (dr *docReader) readDocument() error {
	tok, start, err := dr.token()
	if errors.Is(err, io.EOF) {
		return journal.Errorf(journal.EInvalid, "the file is empty")
	}
	if err != nil {
		return dr.streamError(err)
	}
	if tok != json.Delim('{') {
		return dr.failAt(start, "", "expected a debrief export, which is one JSON object; found %s", describeToken(tok))
	}
	seen := map[string]bool{}
	for dr.dec.More() {
		keyAt := dr.nextOffset()
		tok, err := dr.dec.Token()
		if err != nil {
			return dr.streamError(err)
		}
		key, _ := tok.(string)
		if seen[key] {
			return dr.failAt(keyAt, key, "this field appears twice")
		}
		seen[key] = true
		if err := dr.readField(key, keyAt); err != nil {
			return err
		}
	}
	if _, err := dr.dec.Token(); err != nil {
		return dr.streamError(err)
	}
	switch tok, end, err := dr.token(); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return dr.streamError(err)
	default:
		return dr.failAt(end, "", "more follows the end of the export (%s); a file holds one export", describeToken(tok))
	}
	if !seen["format"] {
		return journal.Errorf(journal.EInvalid, "this is not a debrief export: it has no \"format\" field")
	}
	if !seen["version"] {
		return journal.Errorf(journal.EInvalid, "this export has no \"version\" field")
	}
	return nil
}

func (dr *docReader) readField(key string, keyAt int64) error {
	switch key {
	case "format":
		return dr.readFormat()
	case "version":
		return dr.readVersion()
	case "interviews":
		return dr.readArray(key, dr.readInterview)
	case "reviews":
		return dr.readArray(key, dr.readReview)
	case "cards":
		return dr.readArray(key, dr.readCard)
	case "stories":
		return dr.readArray(key, dr.readStory)
	}
	return dr.failAt(keyAt, "", "%s", unknownFieldMessage(key))
}

func (dr *docReader) readFormat() error {
	raw, start, err := dr.nextRecord()
	if err != nil {
		return err
	}
	var name string
	if json.Unmarshal(raw, &name) != nil || name != FormatName {
		return dr.failAt(start, "format", "this is not a debrief export: the format is %s, not %q", clip(string(raw)), FormatName)
	}
	dr.doc.Format = name
	return nil
}

func (dr *docReader) readVersion() error {
	raw, start, err := dr.nextRecord()
	if err != nil {
		return err
	}
	v, err := strconv.Atoi(string(raw))
	switch {
	case err != nil || v < 1:
		return dr.failAt(start, "version", "expected a version number from 1 to %d, found %s", Version, clip(string(raw)))
	case v > Version:
		return dr.failAt(start, "version", "written by a newer debrief: version %d, this one reads %d; update debrief to import it", v, Version)
	}
	dr.doc.Version = v
	return nil
}

// readArray reads a list of records, calling readOne for each with its
// index; null counts as an empty list.
func (dr *docReader) readArray(key string, readOne func(i int) error) error {
	tok, start, err := dr.token()
	if err != nil {
		return dr.streamError(err)
	}
	if tok == nil {
		return nil
	}
	if tok != json.Delim('[') {
		return dr.failAt(start, key, "expected a list, found %s", describeToken(tok))
	}
	for i := 0; dr.dec.More(); i++ {
		if err := readOne(i); err != nil {
			return err
		}
		// Offsets before the next record are never asked for again.
		dr.lines.forget(dr.dec.InputOffset())
	}
	if _, err := dr.dec.Token(); err != nil {
		return dr.streamError(err)
	}
	return nil
}

// token reads the next token and returns it with its offset.
func (dr *docReader) token() (json.Token, int64, error) {
	start := dr.nextOffset()
	tok, err := dr.dec.Token()
	var tooBig *json.UnmarshalTypeError
	if errors.As(err, &tooBig) {
		// Token reads numbers as float64, and one beyond its range is an
		// error there; here it is only a number where none belongs.
		return json.Number(strings.TrimPrefix(tooBig.Value, "number ")), start, nil
	}
	return tok, start, err
}

// nextRecord reads the next whole value and returns it with its offset.
func (dr *docReader) nextRecord() ([]byte, int64, error) {
	at := dr.nextOffset()
	if err := dr.dec.Decode(&dr.raw); err != nil {
		return nil, at, dr.streamError(err)
	}
	return dr.raw, dr.dec.InputOffset() - int64(len(dr.raw)), nil
}

// nextOffset returns where the next token starts, looking past blanks and
// separators in what the decoder has buffered.
func (dr *docReader) nextOffset() int64 {
	off := dr.dec.InputOffset()
	buffered := dr.dec.Buffered()
	var chunk [256]byte
	for {
		n, _ := buffered.Read(chunk[:])
		if n == 0 {
			return off
		}
		for _, c := range chunk[:n] {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ':' {
				return off
			}
			off++
		}
	}
}
