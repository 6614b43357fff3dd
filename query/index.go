package query

import (
	"bytes"
	"strings"
)

// TextIndex is an index of the words of many search texts (documents), so
// that the documents holding a piece of text are found by looking through
// the vocabulary once instead of through every text.
//
// A word here is whatever lies between blanks (spaces, tabs, line breaks),
// punctuation included: "on-call" and "range." are words. Every occurrence
// of a search word without blanks lies inside one word of the text, so for
// it the index answers exactly, without reading the texts; for a phrase it
// answers with the documents holding all its words, which callers then
// check with a plain search.
//
// Documents are numbered in the order they are added. A document cannot be
// removed: a changed interview is added again and its old number forgotten
// by the caller.
type TextIndex struct {
	ids      map[string]int32 // word -> number
	words    []string
	postings [][]int32 // word number -> documents holding it, ascending
	docs     int
	// letters[d] holds the letters and digits of document d, which answers
	// a search for one letter, or rules a word out, without the text.
	letters []letterSet
	// blob holds every word after a NUL byte, and starts[i] is where word i
	// begins in it, so one search through blob finds every word holding a
	// piece of text. New words are appended as they come.
	blob   []byte
	starts []int32
}

// NewTextIndex indexes texts (lower-cased, as Interview.SearchText returns
// them); text i becomes document i.
func NewTextIndex(texts []string) *TextIndex {
	ix := &TextIndex{ids: make(map[string]int32)}
	for _, t := range texts {
		ix.Add(t)
	}
	return ix
}

// Len returns the number of documents.
func (ix *TextIndex) Len() int { return ix.docs }

// Add indexes one more text and returns its document number.
func (ix *TextIndex) Add(text string) int32 {
	doc := int32(ix.docs)
	ix.docs++
	ix.letters = append(ix.letters, textLetters(text))
	for i := 0; i < len(text); {
		for i < len(text) && !isIndexByte(text[i]) {
			i++
		}
		start := i
		for i < len(text) && isIndexByte(text[i]) {
			i++
		}
		if start == i {
			continue
		}
		w := text[start:i]
		id, ok := ix.ids[w]
		if !ok {
			w = strings.Clone(w) // do not keep the whole text alive for one word
			id = int32(len(ix.words))
			ix.ids[w] = id
			ix.words = append(ix.words, w)
			ix.postings = append(ix.postings, nil)
			ix.blob = append(ix.blob, 0)
			ix.starts = append(ix.starts, int32(len(ix.blob)))
			ix.blob = append(ix.blob, w...)
		}
		if p := ix.postings[id]; len(p) == 0 || p[len(p)-1] != doc {
			ix.postings[id] = append(p, doc)
		}
	}
	return doc
}

// Holding returns the set of documents that may hold text (lower-cased),
// one bit per document, and whether the set is exact. With nothing to look
// up (text is blank) it returns nil: any document may.
func (ix *TextIndex) Holding(text string) (docs []uint64, exact bool) {
	parts := indexWords(text)
	if len(parts) == 0 {
		return nil, false
	}
	docs = ix.holdingWord(parts[0])
	for _, p := range parts[1:] {
		more := ix.holdingWord(p)
		for i := range docs {
			docs[i] &= more[i]
		}
	}
	return docs, len(parts) == 1 && len(parts[0]) == len(text)
}

// holdingWord returns the documents with a word that holds part.
func (ix *TextIndex) holdingWord(part string) []uint64 {
	docs := make([]uint64, (ix.docs+63)/64)
	find := []byte(part)
	for at := 0; ; {
		k := bytes.Index(ix.blob[at:], find)
		if k < 0 {
			break
		}
		w := ix.wordAt(int32(at + k))
		for _, d := range ix.postings[w] {
			docs[d>>6] |= 1 << (uint(d) & 63)
		}
		// Go on after this word: it is counted once.
		at = int(ix.starts[w]) + len(ix.words[w])
	}
	return docs
}

// wordAt returns the word whose span in blob holds offset: the last one
// starting at or before it.
func (ix *TextIndex) wordAt(offset int32) int {
	lo, hi := 0, len(ix.starts)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ix.starts[mid] <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// HasDoc reports whether document doc is in a set Holding returned.
func HasDoc(docs []uint64, doc int32) bool {
	return doc >= 0 && int(doc>>6) < len(docs) && docs[doc>>6]&(1<<(uint(doc)&63)) != 0
}

// isIndexByte reports whether b belongs to an indexed word: anything but
// an ASCII blank. The blanks of other scripts stay inside words, which
// keeps the index exact for any search word without ASCII blanks.
func isIndexByte(b byte) bool {
	return b != ' ' && b != '\n' && b != '\t' && b != '\r' && b != '\v' && b != '\f'
}

// indexWords splits text into its words as the index sees them.
func indexWords(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		for i < len(text) && !isIndexByte(text[i]) {
			i++
		}
		start := i
		for i < len(text) && isIndexByte(text[i]) {
			i++
		}
		if i > start {
			out = append(out, text[start:i])
		}
	}
	return out
}
