package journal

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
	word  []byte            // the word being read, reused between calls
}

func newTermCache() *termCache {
	return &termCache{stems: make(map[string]string, 4096), word: make([]byte, 0, 64)}
}

// appendTerms appends the terms of s to dst and returns the extended slice.
// Words are runs of letters and digits; an apostrophe inside a word is
// dropped ("don't" reads as "dont") and anything else separates words, so
// "pay-wise" is "pay" and "wise".
func (c *termCache) appendTerms(dst []string, s string) []string {
	c.eachWord(s, func(_ []byte, stem string) {
		if stem != "" {
			dst = append(dst, stem)
		}
	})
	return dst
}

// eachWord calls fn with every lower-cased word of s and its stem ("" for a
// stop word). The word's bytes are only valid during the call.
func (c *termCache) eachWord(s string, fn func(word []byte, stem string)) {
	w := c.word[:0]
	emit := func() {
		if len(w) == 0 {
			return
		}
		// Indexing a map with string(w) does not allocate.
		stem, ok := c.stems[string(w)]
		if !ok {
			word := string(w)
			if !isStopWord(word) {
				stem = Stem(word)
			}
			c.stems[word] = stem
		}
		fn(w, stem)
		w = w[:0]
	}
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
				w = append(w, b)
			case b >= 'A' && b <= 'Z':
				w = append(w, b+'a'-'A')
			case b == '\'' && len(w) > 0:
				// Inside a word: "don't", "company's".
			default:
				emit()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u2019' && len(w) > 0:
			// A typographic apostrophe, as phones and word processors type it.
		case unicode.IsLetter(r), unicode.IsDigit(r):
			w = utf8.AppendRune(w, unicode.ToLower(r))
		default:
			emit()
		}
	}
	emit()
	c.word = w
}

// terms returns the terms of s in a new slice.
func (c *termCache) terms(s string) []string {
	return c.appendTerms(nil, s)
}
