package export

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// Source feeds WriteJSONFrom one record at a time, so a journal of any size
// can be exported without holding it in memory. Each method calls fn for
// every record in ascending ID order and stops at the first error fn returns,
// returning it.
type Source interface {
	EachInterview(fn func(*journal.Interview) error) error
	EachReview(fn func(*journal.Review) error) error
}

// PracticeSource is a Source that also yields practice cards, in order of
// interview and number, and stories, in ID order. A Source that is not one
// is written with no cards and no stories.
type PracticeSource interface {
	EachCard(fn func(*journal.Card) error) error
	EachStory(fn func(*journal.Story) error) error
}

// cardOrder is a card's place in the document: by interview, then number.
func cardOrder(c *journal.Card) uint64 { return c.InterviewID<<16 | uint64(c.Number) }

// WriteJSON writes doc as an interchange document: interviews and reviews in
// ID order, indented by two spaces, with "<" and "&" left readable and a
// final newline. The same data always gives the same bytes. It writes
// FormatName and the current Version whatever doc.Format and doc.Version
// hold, since this is the only format it knows how to write. doc is not
// modified. Records are not validated: an export, which doubles as a way
// out of the app, should not fail over one odd record; ReadJSON checks them
// on the way back in.
func WriteJSON(w io.Writer, doc *Document) error {
	if doc == nil {
		doc = &Document{}
	}
	return WriteJSONFrom(w, sortedSource(doc))
}

// WriteJSONFrom writes the interchange document of the records src yields,
// byte for byte what WriteJSON writes for the same records. Records must come
// in ascending ID order; a record that comes out of order stops the export
// with an error, because the file would no longer be deterministic.
func WriteJSONFrom(w io.Writer, src Source) error {
	out := bufio.NewWriterSize(w, 64<<10)
	enc := newElementEncoder()

	out.WriteString("{\n  \"format\": ")
	enc.writeScalar(out, FormatName)
	out.WriteString(",\n  \"version\": ")
	enc.writeScalar(out, Version)
	out.WriteString(",\n  \"interviews\": [")

	list := arrayWriter{out: out, enc: enc, kind: "interview"}
	err := src.EachInterview(func(iv *journal.Interview) error {
		return list.add(iv.ID, iv)
	})
	if err != nil {
		return err
	}
	list.close()

	out.WriteString(",\n  \"reviews\": [")
	list = arrayWriter{out: out, enc: enc, kind: "review"}
	err = src.EachReview(func(r *journal.Review) error {
		return list.add(r.ID, r)
	})
	if err != nil {
		return err
	}
	list.close()

	if err := writePractice(out, enc, src); err != nil {
		return err
	}
	out.WriteString("\n}\n")
	return out.Flush()
}

// writePractice writes the cards and stories of src, empty lists when it
// has none.
func writePractice(out *bufio.Writer, enc *elementEncoder, src Source) error {
	ps, _ := src.(PracticeSource)
	out.WriteString(",\n  \"cards\": [")
	list := arrayWriter{out: out, enc: enc, kind: "card"}
	if ps != nil {
		if err := ps.EachCard(func(c *journal.Card) error { return list.add(cardOrder(c), c) }); err != nil {
			return err
		}
	}
	list.close()
	out.WriteString(",\n  \"stories\": [")
	list = arrayWriter{out: out, enc: enc, kind: "story"}
	if ps != nil {
		if err := ps.EachStory(func(st *journal.Story) error { return list.add(st.ID, st) }); err != nil {
			return err
		}
	}
	list.close()
	return nil
}

// elementEncoder encodes one value at a time into a reused buffer, indented
// as it would be at the depth of an array element of the document, so that
// the pieces add up to exactly one indented encoding of the whole.
type elementEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newElementEncoder() *elementEncoder {
	e := &elementEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	e.enc.SetIndent("    ", "  ")
	return e
}

// encode returns the encoding of v without the newline the encoder adds;
// the slice is valid until the next call. Characters a terminal acts on are
// escaped (see safetext.EscapeJSON), so an export can be printed safely.
func (e *elementEncoder) encode(v any) ([]byte, error) {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return safetext.EscapeJSON(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))), nil
}

// writeScalar writes a value that cannot fail to encode.
func (e *elementEncoder) writeScalar(out *bufio.Writer, v any) {
	b, _ := e.encode(v)
	out.Write(b)
}

// arrayWriter writes the elements of one array of the document and checks
// that they come in ID order.
type arrayWriter struct {
	out    *bufio.Writer
	enc    *elementEncoder
	kind   string // what the records are, for messages
	count  int
	lastID uint64
}

func (a *arrayWriter) add(id uint64, v any) error {
	if a.count > 0 && id < a.lastID {
		return journal.Errorf(journal.EInternal, "%s %d came after %s %d; they must come in ID order", a.kind, id, a.kind, a.lastID)
	}
	b, err := a.enc.encode(v)
	if err != nil {
		// Only a time outside years 0 to 9999 can fail to encode.
		return &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("%s %d could not be written as JSON", a.kind, id), Err: err}
	}
	if a.count > 0 {
		a.out.WriteByte(',')
	}
	a.out.WriteString("\n    ")
	if _, err := a.out.Write(b); err != nil {
		return err
	}
	a.count++
	a.lastID = id
	return nil
}

// close ends the array; an empty one is written as [] like the encoder does.
func (a *arrayWriter) close() {
	if a.count > 0 {
		a.out.WriteString("\n  ")
	}
	a.out.WriteByte(']')
}

// sliceSource yields the records of a Document in ID order without
// reordering the caller's slices.
type sliceSource struct {
	interviews []*journal.Interview
	reviews    []*journal.Review
	cards      []*journal.Card
	stories    []*journal.Story
}

func sortedSource(doc *Document) *sliceSource {
	s := &sliceSource{
		interviews: make([]*journal.Interview, len(doc.Interviews)),
		reviews:    make([]*journal.Review, len(doc.Reviews)),
	}
	for i := range doc.Interviews {
		s.interviews[i] = &doc.Interviews[i]
	}
	for i := range doc.Reviews {
		s.reviews[i] = &doc.Reviews[i]
	}
	for i := range doc.Cards {
		s.cards = append(s.cards, &doc.Cards[i])
	}
	for i := range doc.Stories {
		s.stories = append(s.stories, &doc.Stories[i])
	}
	// Stable, so records sharing an ID keep the order they were given in.
	slices.SortStableFunc(s.interviews, func(a, b *journal.Interview) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(s.reviews, func(a, b *journal.Review) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(s.cards, func(a, b *journal.Card) int { return cmp.Compare(cardOrder(a), cardOrder(b)) })
	slices.SortStableFunc(s.stories, func(a, b *journal.Story) int { return cmp.Compare(a.ID, b.ID) })
	return s
}

func (s *sliceSource) EachCard(fn func(*journal.Card) error) error {
	for _, c := range s.cards {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

func (s *sliceSource) EachStory(fn func(*journal.Story) error) error {
	for _, st := range s.stories {
		if err := fn(st); err != nil {
			return err
		}
	}
	return nil
}

func (s *sliceSource) EachInterview(fn func(*journal.Interview) error) error {
	for _, iv := range s.interviews {
		if err := fn(iv); err != nil {
			return err
		}
	}
	return nil
}

func (s *sliceSource) EachReview(fn func(*journal.Review) error) error {
	for _, r := range s.reviews {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}
