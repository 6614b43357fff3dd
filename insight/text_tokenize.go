package insight

import (
	"unicode"
	"unicode/utf8"
)

// termCache turns text into terms: the stems of its words, in order, with
// stop words left out. It remembers the stem of every distinct word it has
// seen, because a journal repeats the same few thousand words many times
// over and stemming is the costly part. It belongs to one analysis and is
// not safe for concurrent use.
type termCache struct {
	stems map[string]string // lower-cased word to stem, "" for a stop word
	stops map[string]string // stop words met, each as one shared string
	word  []byte            // the word last read by scanWord
}

// newTermCache returns an empty cache.
func newTermCache() *termCache {
	return &termCache{stems: make(map[string]string, 4096), word: make([]byte, 0, 64)}
}

// appendTerms appends the terms of s to dst and returns the extended slice.
func (c *termCache) appendTerms(dst []string, s string) []string {
	for i := 0; ; {
		var ok bool
		if i, ok = c.scanWord(s, i); !ok {
			return dst
		}
		if stem := c.stemOf(c.word); stem != "" {
			dst = append(dst, stem)
		}
	}
}

// terms returns the terms of s in a new slice.
func (c *termCache) terms(s string) []string {
	return c.appendTerms(nil, s)
}

// eachWord calls fn with every lower-cased word of s and its stem ("" for a
// stop word). The word's bytes are only valid during the call.
func (c *termCache) eachWord(s string, fn func(word []byte, stem string)) {
	for i := 0; ; {
		var ok bool
		if i, ok = c.scanWord(s, i); !ok {
			return
		}
		fn(c.word, c.stemOf(c.word))
	}
}

// stemOf returns the stem of a lower-cased word, or "" for a stop word.
func (c *termCache) stemOf(word []byte) string {
	// Indexing a map with string(word) does not allocate.
	if stem, ok := c.stems[string(word)]; ok {
		return stem
	}
	w := string(word)
	stem := ""
	if !isStopWord(w) {
		stem = Stem(w)
	}
	c.stems[w] = stem
	return stem
}

// scanWord reads the word of s that starts at or after i into c.word,
// lower-cased, and returns the index just after it; ok is false when s has
// no more words. Words are runs of letters and digits; an apostrophe inside
// a word is dropped ("don't" reads as "dont") and anything else separates
// words, so "pay-wise" is "pay" and "wise".
func (c *termCache) scanWord(s string, i int) (next int, ok bool) {
	w := c.word[:0]
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			switch {
			case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
				w = append(w, b)
				continue
			case b >= 'A' && b <= 'Z':
				w = append(w, b+'a'-'A')
				continue
			case b == '\'' && len(w) > 0:
				continue // inside a word: "don't", "company's"
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == '\u2019' && len(w) > 0:
				continue // a typographic apostrophe, as phones type it
			case unicode.IsLetter(r), unicode.IsDigit(r):
				w = utf8.AppendRune(w, unicode.ToLower(r))
				continue
			}
		}
		if len(w) > 0 {
			break
		}
	}
	c.word = w
	return i, len(w) > 0
}
