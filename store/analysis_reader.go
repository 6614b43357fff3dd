package store

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
)

// analysisReader reads the bytes of one analysis record.
type analysisReader struct {
	b   []byte
	bad bool
	d   *analysisDecoder
}

func (r *analysisReader) byte() byte {
	if r.bad || len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *analysisReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if r.bad || n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *analysisReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if r.bad || n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

// raw reads a length and that many bytes.
func (r *analysisReader) raw() []byte {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b)) {
		r.bad = true
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

// text reads a text into *dst, which must stay where it is until the
// record is read (a field of the interview or of one of its lists): a
// short text is taken from the words read before, a longer one is copied
// with the record's other long texts.
func (r *analysisReader) text(dst *string) {
	b := r.raw()
	switch {
	case r.bad || len(b) == 0:
		*dst = ""
	case len(b) <= shortText:
		*dst = r.word1(b)
	case !utf8.Valid(b):
		r.bad = true
	default:
		d := r.d
		if d.long == nil || d.long.Cap()-d.long.Len() < len(b) {
			d.flush()
			d.long = new(strings.Builder)
			d.long.Grow(max(longTextBlock, len(b)))
		}
		start := d.long.Len()
		d.long.Write(b)
		d.pending = append(d.pending, pendingText{dst, start, d.long.Len()})
	}
}

// word reads a short text, such as a stage or a kind, kept once in words.
func (r *analysisReader) word() string {
	b := r.raw()
	if r.bad || len(b) == 0 {
		return ""
	}
	return r.word1(b)
}

// word1 returns the text b from words, adding it when it is new.
func (r *analysisReader) word1(b []byte) string {
	if w, ok := r.d.words[string(b)]; ok {
		return w
	}
	if !utf8.Valid(b) {
		r.bad = true
		return ""
	}
	if r.d.words == nil {
		r.d.words = make(map[string]string)
	}
	w := string(b)
	r.d.words[w] = w
	return w
}

// skipText reads past a text that is not kept.
func (r *analysisReader) skipText() {
	if b := r.raw(); !r.bad && !utf8.Valid(b) {
		r.bad = true
	}
}

// skipTexts reads past a count of texts that are not kept.
func (r *analysisReader) skipTexts() {
	for range r.count() {
		r.skipText()
	}
}

// date reads a day written by appendDate.
func (r *analysisReader) date() journal.Date {
	v := r.uvarint()
	if v == 0 || r.bad {
		return journal.Date{}
	}
	if day, ok := r.d.days[v]; ok {
		return day
	}
	day, ok := unpackDate(v)
	if !ok {
		r.bad = true
		return journal.Date{}
	}
	if r.d.days == nil {
		r.d.days = make(map[uint64]journal.Date)
	}
	r.d.days[v] = day
	return day
}

// count reads a number of items, each at least one byte long.
func (r *analysisReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
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
		r.text(&out[i])
	}
	return out
}
